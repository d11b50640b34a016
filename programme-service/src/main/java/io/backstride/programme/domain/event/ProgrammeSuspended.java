package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.RuleRef;
import java.time.Instant;

/** Progression stopped because of an escalation; the programme no longer progresses. */
public record ProgrammeSuspended(String programmeId, RuleRef rule, String escalationDecisionId, Instant occurredAt)
        implements ProgrammeEvent {
}
