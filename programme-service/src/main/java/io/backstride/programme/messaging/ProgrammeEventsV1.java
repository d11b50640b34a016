package io.backstride.programme.messaging;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The payloads published on {@code programme.programme.v1}, one record per event type, each with a JSON
 * Schema under {@code resources/events}. Codes, ids and numbers only: no free text about a runner's health.
 */
public final class ProgrammeEventsV1 {

    private static final String PREFIX = "backstride.programme.";

    public static final String PROGRAMME_CREATED = PREFIX + "ProgrammeCreated.v1";
    public static final String PROGRAMME_RESCHEDULED = PREFIX + "ProgrammeRescheduled.v1";
    public static final String PROGRAMME_SUPERSEDED = PREFIX + "ProgrammeSuperseded.v1";
    public static final String PROGRAMME_SUSPENDED = PREFIX + "ProgrammeSuspended.v1";
    public static final String PROGRAMME_COMPLETED = PREFIX + "ProgrammeCompleted.v1";
    public static final String PROGRESSION_APPLIED = PREFIX + "ProgressionApplied.v1";
    public static final String REGRESSION_APPLIED = PREFIX + "RegressionApplied.v1";
    public static final String EXERCISE_FLAGGED = PREFIX + "ExerciseFlagged.v1";
    public static final String RUN_SPIKE_FLAGGED = PREFIX + "RunSpikeFlagged.v1";
    public static final String ESCALATION_RAISED = PREFIX + "EscalationRaised.v1";
    public static final String DECISION_WITHDRAWN = PREFIX + "DecisionWithdrawn.v1";

    public static final List<String> TYPES = List.of(PROGRAMME_CREATED, PROGRAMME_RESCHEDULED, PROGRAMME_SUPERSEDED,
            PROGRAMME_SUSPENDED, PROGRAMME_COMPLETED, PROGRESSION_APPLIED, REGRESSION_APPLIED, EXERCISE_FLAGGED,
            RUN_SPIKE_FLAGGED, ESCALATION_RAISED, DECISION_WITHDRAWN);

    private ProgrammeEventsV1() {
    }

    public record Rule(String id, int version) {
    }

    public record Subject(String kind, String slot) {
    }

    public record Position(String exerciseId, String level) {
    }

    /** What made the rule fire: the logs it looked at and the values it compared. */
    public record Inputs(List<String> logIds, Map<String, Number> values) {
    }

    public record Element(String exerciseId, String purpose, String occasion, String reason) {
    }

    public record Day(DayOfWeek day, boolean run, boolean strength, List<Element> elements) {
    }

    public record TechniqueFocus(String cueId, List<String> alternativeCueIds, String reason) {
    }

    public record ProgrammeCreated(String programmeId, String runnerId, String tenantId, String raceId,
                                   String assessmentId, String outcome, LocalDate startDate, LocalDate endDate,
                                   LocalDate raceDate, String timeZone, List<DayOfWeek> runDays,
                                   List<DayOfWeek> strengthDays, String startLevel, String startReason,
                                   List<Day> week, TechniqueFocus techniqueFocus, String supersededProgrammeId,
                                   String rulesVersion, Instant occurredAt) {
    }

    /** The runner changed their running days: from {@code effectiveFrom} on, {@code week} is the template. */
    public record ProgrammeRescheduled(String programmeId, String runnerId, String tenantId, LocalDate effectiveFrom,
                                       List<DayOfWeek> runDays, List<DayOfWeek> strengthDays, List<Day> week,
                                       Instant occurredAt) {
    }

    public record ProgrammeSuperseded(String programmeId, String runnerId, String tenantId, String supersededBy,
                                      String byAssessmentId, Instant occurredAt) {
    }

    public record ProgrammeSuspended(String programmeId, String runnerId, String tenantId, Rule rule,
                                     String escalationDecisionId, Instant occurredAt) {
    }

    public record ProgrammeCompleted(String programmeId, String runnerId, String tenantId, LocalDate endDate,
                                     Instant occurredAt) {
    }

    /** ProgressionApplied, RegressionApplied and ExerciseFlagged (where {@code to} is null: it holds). */
    public record LevelDecision(String decisionId, String programmeId, String runnerId, String tenantId, Rule rule,
                                Subject subject, Position from, Position to, Inputs inputs, Instant occurredAt) {
    }

    public record RunSpikeFlagged(String decisionId, String programmeId, String runnerId, String tenantId,
                                  String runId, boolean planned, int distanceMetres,
                                  int longestPrevious30DaysMetres, Rule rule, Inputs inputs, Instant occurredAt) {
    }

    public record EscalationRaised(String decisionId, String programmeId, String runnerId, String tenantId,
                                   Rule rule, Inputs inputs, String adviceCode, Instant occurredAt) {
    }

    public record DecisionWithdrawn(String decisionId, String programmeId, String runnerId, String tenantId,
                                    String becauseOfLogId, Instant occurredAt) {
    }
}
