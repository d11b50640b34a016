package io.backstride.programme.web;

import io.backstride.programme.domain.event.EscalationRaised;
import io.backstride.programme.domain.event.ExerciseFlagged;
import io.backstride.programme.domain.event.ProgressionApplied;
import io.backstride.programme.domain.event.RegressionApplied;
import io.backstride.programme.domain.event.RuleDecisionEvent;
import io.backstride.programme.domain.event.RunSpikeFlagged;
import io.backstride.programme.domain.library.Dosage;
import io.backstride.programme.domain.plan.Reason;
import io.backstride.programme.domain.programme.Adherence;
import io.backstride.programme.domain.programme.PlannedSession;
import io.backstride.programme.domain.programme.Programme;
import io.backstride.programme.domain.programme.WeeklyPain;
import io.backstride.programme.domain.rules.Position;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the runner views answer: records made for the API, never the stored documents. */
final class ProgrammeResponses {

    private ProgrammeResponses() {
    }

    record Why(String code, String text) {
        static Why of(Reason reason) {
            return new Why(reason.code(), reason.text());
        }
    }

    record Element(String exerciseId, String purpose, String occasion, String currentExerciseId, String currentLevel,
                   Why why) {
    }

    record Day(DayOfWeek day, boolean run, boolean strength, List<Element> elements) {
    }

    record Focus(String cueId, List<String> alternativeCueIds, Why why) {
    }

    /**
     * The weekly template shown ({@code runDays}, {@code strengthDays}, {@code week}) is the one the rest of the
     * programme follows: the one it was planned with, or the latest change of running days, in force from
     * {@code weekFrom}.
     */
    record ProgrammeView(String programmeId, String runnerId, String status, String assessmentId,
                         LocalDate startDate, LocalDate endDate, LocalDate raceDate, int weeks, String timeZone,
                         List<DayOfWeek> runDays, List<DayOfWeek> strengthDays, LocalDate weekFrom, String startLevel,
                         Why startReason, List<Day> week, Focus techniqueFocus, String runningLoad) {

        static ProgrammeView of(Programme programme) {
            var plan = programme.plan();
            var template = plan.latestTemplate();
            var positions = programme.positions();
            return new ProgrammeView(programme.id(), programme.runnerId(), programme.status().name(),
                    programme.assessmentId(), plan.start(), plan.end(), plan.raceDate().orElse(null), plan.weeks(),
                    plan.zone().getId(), template.sortedRunDays(), template.strengthDays(), template.effectiveFrom(),
                    plan.startLevel().name(), Why.of(plan.startReason()),
                    template.week().stream().map(day -> new Day(day.day(), day.run(), day.strength(), day.elements()
                            .stream().map(element -> {
                                var position = positions.get(element.exerciseId());
                                return new Element(element.exerciseId(), element.purpose().name(),
                                        element.occasion().name(), position == null ? null : position.exerciseId(),
                                        position == null ? null : position.level().name(), Why.of(element.reason()));
                            }).toList())).toList(),
                    plan.techniqueFocus().map(focus -> new Focus(focus.cueId(), focus.alternativeCueIds(),
                            Why.of(focus.reason()))).orElse(null),
                    programme.runningLoad().name());
        }
    }

    record Dose(int sets, Integer reps, Integer holdSeconds, boolean eachSide) {
        static Dose of(Dosage dosage) {
            return new Dose(dosage.sets(), dosage.reps(), dosage.holdSeconds(), dosage.eachSide());
        }
    }

    record SessionExercise(String slot, String exerciseId, String purpose, String occasion, String level, Dose dose,
                           List<Why> why) {
    }

    record Session(LocalDate date, int week, boolean run, boolean strength, boolean raceDay,
                   List<SessionExercise> exercises) {

        static Session of(PlannedSession session) {
            return new Session(session.date(), session.week(), session.run(), session.strength(), session.raceDay(),
                    session.exercises().stream().map(exercise -> new SessionExercise(exercise.slot(),
                            exercise.exerciseId(), exercise.purpose().name(), exercise.occasion().name(),
                            exercise.level().name(), Dose.of(exercise.dosage()),
                            exercise.reasons().stream().map(Why::of).toList())).toList());
        }
    }

    /** Today's session, or none on a rest day, and the next day with a run (for its routine). */
    record Today(LocalDate date, boolean restDay, Session session, Session nextRunDay) {
    }

    record Week(int week, List<Session> sessions) {
    }

    record WeekAdherence(int week, LocalDate weekStart, int plannedRuns, int doneRuns, int plannedStrength,
                         int doneStrength, boolean kept) {
    }

    record AdherenceView(List<WeekAdherence> weeks, int streak) {
        static AdherenceView of(Adherence adherence) {
            return new AdherenceView(adherence.weeks().stream().map(week -> new WeekAdherence(week.week(),
                    week.weekStart(), week.plannedRuns(), week.doneRuns(), week.plannedStrength(), week.doneStrength(),
                    week.kept())).toList(), adherence.streak());
        }
    }

    record PainPoint(int week, LocalDate weekStart, int logs, Double averagePainDuring, Integer maxPainDuring,
                     Double averageNextMorningPain) {
        static PainPoint of(WeeklyPain pain) {
            return new PainPoint(pain.week(), pain.weekStart(), pain.logs(),
                    pain.averagePainDuring().isPresent() ? pain.averagePainDuring().getAsDouble() : null,
                    pain.maxPainDuring().isPresent() ? pain.maxPainDuring().getAsInt() : null,
                    pain.averageNextMorningPain().isPresent() ? pain.averageNextMorningPain().getAsDouble() : null);
        }
    }

    record PainTrend(List<PainPoint> weeks) {
    }

    record Level(String exerciseId, String level) {
        static Level of(Position position) {
            return position == null ? null : new Level(position.exerciseId(), position.level().name());
        }
    }

    /** One change the rules made, with the rule, the inputs that fired it and what it means. */
    record Change(String decisionId, String change, String ruleId, int ruleVersion, String subject, Level from,
                  Level to, List<String> logIds, Map<String, Number> values, Instant occurredAt, String explanation) {

        static Change of(RuleDecisionEvent event) {
            return switch (event) {
                case ProgressionApplied p -> change(p, "PROGRESSION", p.subject().slot(), p.from(), p.to(),
                        "It felt easy twice in a row with pain staying acceptable, so it moved on.");
                case RegressionApplied r -> change(r, "REGRESSION", r.subject().slot(), r.from(), r.to(),
                        "It was very hard or painful, so it stepped back.");
                case ExerciseFlagged f -> change(f, "EXERCISE_FLAGGED", f.subject().slot(), f.at(), null,
                        "It was too much even at its easiest level, so it stays there and needs attention.");
                case RunSpikeFlagged s -> change(s, "RUN_SPIKE", "running", null, null,
                        "This run was more than 10% longer than your longest run of the 30 days before.");
                case EscalationRaised e -> change(e, "ESCALATION", "programme", null, null,
                        "Your pain calls for a professional's view: progression stopped. Please see a healthcare professional.");
            };
        }

        private static Change change(RuleDecisionEvent event, String change, String subject, Position from,
                                     Position to, String explanation) {
            return new Change(event.decisionId(), change, event.rule().id(), event.rule().version(), subject,
                    Level.of(from), Level.of(to), event.inputs().logIds(), event.inputs().values(),
                    event.occurredAt(), explanation);
        }
    }

    record History(String programmeId, String status, List<Change> changes) {
    }

    record Preferences(List<DayOfWeek> runDays, String timeZone) {
    }

    /**
     * @param rescheduledFrom the first day the current programme follows the new running days; null when it did
     *                        not change (no active programme, or it already has those days)
     */
    record PreferencesChanged(List<DayOfWeek> runDays, String timeZone, LocalDate rescheduledFrom) {
    }
}
