package io.backstride.programme.domain.event;

import java.time.Instant;

/** Everything a programme publishes on {@code programme.programme.v1}. */
public sealed interface ProgrammeEvent
        permits ProgrammeCreated, ProgrammeRescheduled, ProgrammeSuperseded, ProgrammeSuspended, ProgrammeCompleted,
        DecisionWithdrawn, RuleDecisionEvent {

    String programmeId();

    Instant occurredAt();
}
