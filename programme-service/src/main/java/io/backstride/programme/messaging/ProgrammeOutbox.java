package io.backstride.programme.messaging;

import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.programme.domain.event.DecisionWithdrawn;
import io.backstride.programme.domain.event.EscalationRaised;
import io.backstride.programme.domain.event.ExerciseFlagged;
import io.backstride.programme.domain.event.ProgrammeCompleted;
import io.backstride.programme.domain.event.ProgrammeCreated;
import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.event.ProgrammeRescheduled;
import io.backstride.programme.domain.event.ProgrammeSuperseded;
import io.backstride.programme.domain.event.ProgrammeSuspended;
import io.backstride.programme.domain.event.ProgressionApplied;
import io.backstride.programme.domain.event.RegressionApplied;
import io.backstride.programme.domain.event.RunSpikeFlagged;
import io.backstride.programme.domain.plan.DayPlan;
import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.Position;
import io.backstride.programme.domain.rules.RuleRef;
import io.backstride.programme.domain.rules.Subject;
import io.backstride.programme.messaging.ProgrammeEventsV1.Day;
import io.backstride.programme.messaging.ProgrammeEventsV1.Element;
import io.backstride.programme.messaging.ProgrammeEventsV1.Inputs;
import io.backstride.programme.messaging.ProgrammeEventsV1.LevelDecision;
import io.backstride.programme.messaging.ProgrammeEventsV1.Rule;
import io.backstride.programme.messaging.ProgrammeEventsV1.TechniqueFocus;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a programme's domain events into outbox entries on {@code programme.programme.v1}, keyed by runner id
 * (so a runner's events stay in order). Every entry gets its own event id; the decision id inside the payload
 * names the decision and may reappear (a withdrawn decision made again).
 */
@Component
public class ProgrammeOutbox {

    private final OutboxEvents outboxEvents;

    ProgrammeOutbox(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    public List<OutboxEvent> entriesFor(String runnerId, String tenantId, String raceId, List<ProgrammeEvent> events) {
        return events.stream().map(event -> entryFor(runnerId, tenantId, raceId, event)).toList();
    }

    OutboxEvent entryFor(String runnerId, String tenantId, String raceId, ProgrammeEvent event) {
        return switch (event) {
            case ProgrammeCreated created -> entry(ProgrammeEventsV1.PROGRAMME_CREATED, runnerId,
                    new ProgrammeEventsV1.ProgrammeCreated(created.programmeId(), runnerId, tenantId, raceId,
                            created.assessmentId(), created.outcome().name(), created.startDate(), created.endDate(),
                            created.raceDate().orElse(null), created.zone(), created.runDays(),
                            created.strengthDays(), created.startLevel().name(), created.startReason().code(),
                            created.week().stream().map(ProgrammeOutbox::day).toList(),
                            created.techniqueFocus().map(focus -> new TechniqueFocus(focus.cueId(),
                                    focus.alternativeCueIds(), focus.reason().code())).orElse(null),
                            created.supersededProgrammeId().orElse(null), created.rulesVersion(),
                            created.occurredAt()));
            case ProgrammeRescheduled rescheduled -> entry(ProgrammeEventsV1.PROGRAMME_RESCHEDULED, runnerId,
                    new ProgrammeEventsV1.ProgrammeRescheduled(rescheduled.programmeId(), runnerId, tenantId,
                            rescheduled.effectiveFrom(), rescheduled.runDays(), rescheduled.strengthDays(),
                            rescheduled.week().stream().map(ProgrammeOutbox::day).toList(), rescheduled.occurredAt()));
            case ProgrammeSuperseded superseded -> entry(ProgrammeEventsV1.PROGRAMME_SUPERSEDED, runnerId,
                    new ProgrammeEventsV1.ProgrammeSuperseded(superseded.programmeId(), runnerId, tenantId,
                            superseded.supersededBy(), superseded.byAssessmentId(), superseded.occurredAt()));
            case ProgrammeSuspended suspended -> entry(ProgrammeEventsV1.PROGRAMME_SUSPENDED, runnerId,
                    new ProgrammeEventsV1.ProgrammeSuspended(suspended.programmeId(), runnerId, tenantId,
                            rule(suspended.rule()), suspended.escalationDecisionId(), suspended.occurredAt()));
            case ProgrammeCompleted completed -> entry(ProgrammeEventsV1.PROGRAMME_COMPLETED, runnerId,
                    new ProgrammeEventsV1.ProgrammeCompleted(completed.programmeId(), runnerId, tenantId,
                            completed.endDate(), completed.occurredAt()));
            case DecisionWithdrawn withdrawn -> entry(ProgrammeEventsV1.DECISION_WITHDRAWN, runnerId,
                    new ProgrammeEventsV1.DecisionWithdrawn(withdrawn.decisionId(), withdrawn.programmeId(), runnerId,
                            tenantId, withdrawn.becauseOfLogId(), withdrawn.occurredAt()));
            case ProgressionApplied progression -> entry(ProgrammeEventsV1.PROGRESSION_APPLIED, runnerId,
                    new LevelDecision(progression.decisionId(), progression.programmeId(), runnerId, tenantId,
                            rule(progression.rule()), subject(progression.subject()), position(progression.from()),
                            position(progression.to()), inputs(progression.inputs()), progression.occurredAt()));
            case RegressionApplied regression -> entry(ProgrammeEventsV1.REGRESSION_APPLIED, runnerId,
                    new LevelDecision(regression.decisionId(), regression.programmeId(), runnerId, tenantId,
                            rule(regression.rule()), subject(regression.subject()), position(regression.from()),
                            position(regression.to()), inputs(regression.inputs()), regression.occurredAt()));
            case ExerciseFlagged flagged -> entry(ProgrammeEventsV1.EXERCISE_FLAGGED, runnerId,
                    new LevelDecision(flagged.decisionId(), flagged.programmeId(), runnerId, tenantId,
                            rule(flagged.rule()), subject(flagged.subject()), position(flagged.at()), null,
                            inputs(flagged.inputs()), flagged.occurredAt()));
            case RunSpikeFlagged spike -> entry(ProgrammeEventsV1.RUN_SPIKE_FLAGGED, runnerId,
                    new ProgrammeEventsV1.RunSpikeFlagged(spike.decisionId(), spike.programmeId(), runnerId, tenantId,
                            spike.runId(), spike.planned(), spike.distanceMetres(),
                            spike.longestPrevious30DaysMetres(), rule(spike.rule()), inputs(spike.inputs()),
                            spike.occurredAt()));
            case EscalationRaised escalation -> entry(ProgrammeEventsV1.ESCALATION_RAISED, runnerId,
                    new ProgrammeEventsV1.EscalationRaised(escalation.decisionId(), escalation.programmeId(), runnerId,
                            tenantId, rule(escalation.rule()), inputs(escalation.inputs()), escalation.adviceCode(),
                            escalation.occurredAt()));
        };
    }

    private OutboxEvent entry(String type, String runnerId, Object payload) {
        return outboxEvents.create(ProgrammeTopics.PROGRAMMES, type, runnerId, payload);
    }

    private static Day day(DayPlan day) {
        return new Day(day.day(), day.run(), day.strength(), day.elements().stream()
                .map(element -> new Element(element.exerciseId(), element.purpose().name(), element.occasion().name(),
                        element.reason().code()))
                .toList());
    }

    private static Rule rule(RuleRef rule) {
        return new Rule(rule.id(), rule.version());
    }

    private static ProgrammeEventsV1.Subject subject(Subject subject) {
        return new ProgrammeEventsV1.Subject(subject.kind().name(), subject.slot());
    }

    private static ProgrammeEventsV1.Position position(Position position) {
        return position == null ? null : new ProgrammeEventsV1.Position(position.exerciseId(), position.level().name());
    }

    private static Inputs inputs(Evidence evidence) {
        return new Inputs(evidence.logIds(), evidence.values());
    }
}
