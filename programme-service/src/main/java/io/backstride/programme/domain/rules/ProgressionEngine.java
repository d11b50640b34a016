package io.backstride.programme.domain.rules;

import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.RunLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Applies a {@link RuleTable} to a programme's logs and check-ins. Evaluation always starts from the
 * programme's start positions and takes entries in the order they happened, so a late or out-of-order log
 * gives the same result as one that arrived on time. An escalation stops the evaluation: nothing after it
 * progresses.
 */
public final class ProgressionEngine {

    private final RuleTable table;
    private final Thresholds limits;
    private final Map<String, LibraryExercise> exercises;
    private final ToIntFunction<Instant> weekOf;

    /**
     * @param exercises the plan's own copy of its exercises, for levels and progression links
     * @param weekOf    the programme week an instant falls in, in the runner's time zone
     */
    public ProgressionEngine(RuleTable table, Map<String, LibraryExercise> exercises, ToIntFunction<Instant> weekOf) {
        this.table = table;
        this.limits = table.thresholds();
        this.exercises = Map.copyOf(exercises);
        this.weekOf = weekOf;
    }

    public Replay replay(Map<String, Position> start, Level startRunning, List<Log> logs, List<CheckIn> checkIns) {
        var evaluation = new Evaluation(start, startRunning);
        for (var entry : chronological(logs, checkIns)) {
            if (evaluation.escalation != null) {
                break;
            }
            switch (entry) {
                case ExerciseSessionLog session -> evaluation.session(session);
                case RunLog run -> evaluation.run(run);
                case CheckIn checkIn -> evaluation.checkIn(checkIn);
                default -> throw new IllegalStateException("unexpected entry " + entry);
            }
        }
        return new Replay(evaluation.decisions, evaluation.positions, evaluation.running,
                Optional.ofNullable(evaluation.escalation));
    }

    /**
     * RL-1 for a run not yet done on {@code date}: compared with the longest logged run of the
     * {@link Thresholds#lookbackDays() lookback} days before the start of that date in {@code zone}. A flag is
     * named by the planned run and what was planned (date and distance), so the same plan always gives the same
     * decision and a changed plan a new one.
     */
    public RunSpikeCheck checkPlannedRun(String plannedRunId, LocalDate date, ZoneId zone, int distanceMetres,
                                         List<RunLog> runs) {
        var start = date.atStartOfDay(zone).toInstant();
        var before = runs.stream().filter(run -> run.performedAt().isBefore(start)).toList();
        var longest = longestSince(before, date.minusDays(limits.lookbackDays()).atStartOfDay(zone).toInstant());
        var flag = longest.flatMap(run -> spikeOver(plannedRunId,
                "planned/" + date + "/" + distanceMetres + "/" + plannedRunId, start, distanceMetres, run));
        return new RunSpikeCheck(longest.map(RunLog::distanceMetres).orElse(null),
                longest.map(run -> (int) Math.floor(limitOver(run))).orElse(null), flag);
    }

    private Optional<Decision> spike(String runId, Instant at, int distanceMetres, List<RunLog> earlierRuns) {
        return longestSince(earlierRuns, at.minus(Duration.ofDays(limits.lookbackDays())))
                .flatMap(longest -> spikeOver(runId, runId, at, distanceMetres, longest));
    }

    /** The longest of the runs at or after {@code from}. */
    private static Optional<RunLog> longestSince(List<RunLog> runs, Instant from) {
        return runs.stream().filter(run -> !run.performedAt().isBefore(from))
                .max(Comparator.comparingInt(RunLog::distanceMetres).thenComparing(RunLog::clientId));
    }

    private double limitOver(RunLog longest) {
        return longest.distanceMetres() * limits.runSpikeRatio();
    }

    /** @param key names the decision beside the rule and subject (the run's id, or what was planned) */
    private Optional<Decision> spikeOver(String runId, String key, Instant at, int distanceMetres, RunLog longest) {
        if (distanceMetres <= limitOver(longest)) {
            return Optional.empty();
        }
        return Optional.of(Decision.of(table.ref(RuleId.RUN_SPIKE), DecisionKind.RUN_SPIKE, Subject.running(),
                null, null, new Evidence(List.of(runId, longest.clientId()), Map.of(
                        "distanceMetres", distanceMetres,
                        "longestPrevious30DaysMetres", longest.distanceMetres(),
                        "limitMetres", limitOver(longest))),
                runId, at, key));
    }

    private static List<Object> chronological(List<Log> logs, List<CheckIn> checkIns) {
        record Entry(Instant at, String id, Object item) {
        }
        var entries = new ArrayList<Entry>();
        logs.forEach(log -> entries.add(new Entry(log.performedAt(), log.clientId(), log)));
        checkIns.forEach(checkIn -> entries.add(new Entry(checkIn.completedAt(), checkIn.checkInId(), checkIn)));
        return entries.stream().sorted(Comparator.comparing(Entry::at).thenComparing(Entry::id))
                .map(Entry::item).toList();
    }

    /** The running state of one evaluation. */
    private final class Evaluation {

        private final Map<String, Position> positions;
        private final Map<String, List<ExerciseSessionLog>> easyInARow = new HashMap<>();
        private final List<String> goodRunsInARow = new ArrayList<>();
        private final List<Log> unacceptableInARow = new ArrayList<>();
        private final Map<Integer, double[]> weeklyPain = new HashMap<>();
        private final Set<Integer> weeksEasedByTrend = new HashSet<>();
        private final List<RunLog> earlierRuns = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private Level running;
        private Decision escalation;

        private Evaluation(Map<String, Position> start, Level startRunning) {
            this.positions = new TreeMap<>(start);
            this.running = startRunning;
        }

        void checkIn(CheckIn checkIn) {
            if (checkIn.raisesRedFlag()) {
                escalate(RuleId.ESCALATE_RED_FLAG, new Evidence(List.of(checkIn.checkInId()),
                        Map.of("newRedFlags", checkIn.newRedFlags().size())), checkIn.checkInId(), checkIn.completedAt());
            }
        }

        void session(ExerciseSessionLog session) {
            if (painEscalates(session)) {
                return;
            }
            exerciseRules(session);
            weeklyTrend(session);
        }

        void run(RunLog run) {
            if (painEscalates(run)) {
                return;
            }
            spike(run.clientId(), run.performedAt(), run.distanceMetres(), earlierRuns).ifPresent(decisions::add);
            runningLoad(run);
            weeklyTrend(run);
            earlierRuns.add(run);
        }

        /** ES-1 and ES-2, checked first: once they fire nothing else of the log counts. */
        private boolean painEscalates(Log log) {
            if (limits.band(log.painDuring()).isAcceptable()) {
                unacceptableInARow.clear();
            } else {
                unacceptableInARow.add(log);
            }
            var week = weekOf.applyAsInt(log.performedAt());
            var sums = weeklyPain.computeIfAbsent(week, ignored -> new double[2]);
            sums[0] += log.painDuring();
            sums[1]++;
            if (unacceptableInARow.size() >= limits.unacceptableLogsToEscalate()) {
                escalate(RuleId.ESCALATE_UNACCEPTABLE_STREAK, new Evidence(
                        unacceptableInARow.stream().map(Log::clientId).toList(),
                        Map.of("logsInARow", unacceptableInARow.size(), "acceptablePainMax", limits.acceptablePainMax())),
                        log.clientId(), log.performedAt());
                return true;
            }
            var rise = weeklyRise(week);
            if (rise.isPresent() && rise.get().rise() >= limits.weeklyRiseToEscalate()) {
                escalate(RuleId.ESCALATE_WEEKLY_RISE, rise.get().evidence(log), log.clientId(), log.performedAt());
                return true;
            }
            return false;
        }

        /** PM-4: a rising weekly average eases the running load, once a week. */
        private void weeklyTrend(Log log) {
            var week = weekOf.applyAsInt(log.performedAt());
            var rise = weeklyRise(week);
            if (rise.isPresent() && rise.get().rise() >= limits.weeklyRiseToEase() && weeksEasedByTrend.add(week)) {
                easeRunning(RuleId.WEEKLY_TREND_RISING, rise.get().evidence(log), log);
            }
        }

        private Optional<WeeklyRise> weeklyRise(int week) {
            var current = weeklyPain.get(week);
            var previous = weeklyPain.get(week - 1);
            if (current == null || previous == null || previous[1] == 0) {
                return Optional.empty();
            }
            return Optional.of(new WeeklyRise(week, current[0] / current[1], previous[0] / previous[1]));
        }

        private void exerciseRules(ExerciseSessionLog session) {
            var slot = slotDoing(session.exerciseId());
            if (slot.isEmpty() || positions.get(slot.get()).level() != session.level()) {
                return;
            }
            var position = positions.get(slot.get());
            var subject = Subject.exercise(slot.get());
            var evidence = new Evidence(List.of(session.clientId()),
                    Map.of("effort", session.effort(), "painDuring", session.painDuring()));
            var streak = easyInARow.computeIfAbsent(slot.get(), ignored -> new ArrayList<>());
            if (!limits.band(session.painDuring()).isAcceptable()) {
                streak.clear();
                stepBack(subject, position, RuleId.EXERCISE_REGRESS_PAIN, evidence, session);
            } else if (session.effort() >= limits.veryHighEffortMin()) {
                streak.clear();
                stepBack(subject, position, RuleId.EXERCISE_REGRESS_EFFORT, evidence, session);
            } else if (session.effort() <= limits.easyEffortMax()) {
                streak.add(session);
                if (streak.size() >= limits.easySessionsToProgress()) {
                    var streakEvidence = new Evidence(streak.stream().map(Log::clientId).toList(), Map.of(
                            "easySessionsInARow", streak.size(),
                            "maxEffort", streak.stream().mapToInt(ExerciseSessionLog::effort).max().orElseThrow(),
                            "maxPainDuring", streak.stream().mapToInt(ExerciseSessionLog::painDuring).max().orElseThrow()));
                    streak.clear();
                    moveOn(subject, position, streakEvidence, session);
                }
            } else {
                streak.clear();
                decide(RuleId.EXERCISE_HOLD, DecisionKind.HOLD, subject, position, position, evidence, session);
            }
        }

        private void stepBack(Subject subject, Position from, RuleId cause, Evidence evidence, Log log) {
            var previous = from.level().previous();
            if (previous.isPresent()) {
                move(cause, DecisionKind.REGRESS, subject, from, new Position(from.exerciseId(), previous.get()), evidence, log);
            } else {
                decide(RuleId.EXERCISE_BOTTOM_LEVEL, DecisionKind.HOLD_AND_FLAG, subject, from, from, evidence, log);
            }
        }

        private void moveOn(Subject subject, Position from, Evidence evidence, Log log) {
            var next = from.level().next();
            if (next.isPresent()) {
                move(RuleId.EXERCISE_PROGRESS, DecisionKind.PROGRESS, subject, from,
                        new Position(from.exerciseId(), next.get()), evidence, log);
                return;
            }
            var link = Optional.ofNullable(exercises.get(from.exerciseId())).flatMap(LibraryExercise::progression)
                    .filter(target -> exercises.containsKey(target.exerciseId()))
                    .filter(target -> slotDoing(target.exerciseId()).isEmpty());
            if (link.isPresent()) {
                move(RuleId.EXERCISE_TOP_LEVEL, DecisionKind.PROGRESS, subject, from,
                        new Position(link.get().exerciseId(), link.get().level()), evidence, log);
            } else {
                decide(RuleId.EXERCISE_TOP_LEVEL, DecisionKind.HOLD, subject, from, from, evidence, log);
            }
        }

        /** RL-2, PM-2 and PM-3 ease the running load; RL-3 lifts it after good runs. */
        private void runningLoad(RunLog run) {
            var pain = new Evidence(List.of(run.clientId()), Map.of("painDuring", run.painDuring()));
            var eased = false;
            if (!limits.band(run.painDuring()).isAcceptable()) {
                eased = easeRunning(RuleId.RUN_PAIN, pain, run);
            }
            if (run.nextMorningPain() == null) {
                return;
            }
            int morning = run.nextMorningPain();
            if (morning > limits.safePainMax()) {
                eased |= easeRunning(RuleId.MORNING_NOT_SETTLED, new Evidence(List.of(run.clientId()),
                        Map.of("nextMorningPain", morning, "safePainMax", limits.safePainMax())), run);
            }
            var usual = usualMorningPain(run);
            if (usual.isPresent() && morning >= usual.get() + limits.morningWorseMargin()) {
                eased |= easeRunning(RuleId.MORNING_WORSE_THAN_USUAL, new Evidence(usualIds(run),
                        Map.of("nextMorningPain", morning, "usualNextMorningPain", usual.get())), run);
            }
            if (!eased && limits.band(run.painDuring()).isAcceptable()) {
                goodRunsInARow.add(run.clientId());
                if (running == Level.EASIER && goodRunsInARow.size() >= limits.goodRunsToRestore()) {
                    var evidence = new Evidence(goodRunsInARow, Map.of("goodRunsInARow", goodRunsInARow.size()));
                    goodRunsInARow.clear();
                    move(RuleId.RUN_RESTORE, DecisionKind.PROGRESS, Subject.running(), runningPosition(),
                            new Position(Subject.RUNNING_SLOT, Level.BASE), evidence, run);
                }
            }
        }

        private boolean easeRunning(RuleId rule, Evidence evidence, Log log) {
            goodRunsInARow.clear();
            var from = runningPosition();
            if (running == Level.BASE) {
                move(rule, DecisionKind.REGRESS, Subject.running(), from, new Position(Subject.RUNNING_SLOT, Level.EASIER),
                        evidence, log);
            } else {
                decide(rule, DecisionKind.HOLD, Subject.running(), from, from, evidence, log);
            }
            return true;
        }

        private List<RunLog> usualWindow(RunLog run) {
            var windowStart = run.performedAt().minus(Duration.ofDays(limits.lookbackDays()));
            return earlierRuns.stream().filter(earlier -> earlier.nextMorningPain() != null)
                    .filter(earlier -> !earlier.performedAt().isBefore(windowStart)).toList();
        }

        private Optional<Double> usualMorningPain(RunLog run) {
            var window = usualWindow(run);
            return window.isEmpty() ? Optional.empty()
                    : Optional.of(window.stream().mapToInt(RunLog::nextMorningPain).average().orElseThrow());
        }

        private List<String> usualIds(RunLog run) {
            var ids = new ArrayList<String>();
            ids.add(run.clientId());
            usualWindow(run).forEach(earlier -> ids.add(earlier.clientId()));
            return ids;
        }

        private Position runningPosition() {
            return new Position(Subject.RUNNING_SLOT, running);
        }

        private Optional<String> slotDoing(String exerciseId) {
            return positions.entrySet().stream().filter(entry -> entry.getValue().exerciseId().equals(exerciseId))
                    .map(Map.Entry::getKey).findFirst();
        }

        private void move(RuleId rule, DecisionKind kind, Subject subject, Position from, Position to, Evidence evidence,
                          Log log) {
            if (subject.kind() == Subject.Kind.RUNNING) {
                running = to.level();
            } else {
                positions.put(subject.slot(), to);
            }
            decide(rule, kind, subject, from, to, evidence, log);
        }

        private void decide(RuleId rule, DecisionKind kind, Subject subject, Position from, Position to,
                            Evidence evidence, Log log) {
            decisions.add(Decision.of(table.ref(rule), kind, subject, from, to, evidence, log.clientId(), log.performedAt()));
        }

        private void escalate(RuleId rule, Evidence evidence, String triggerId, Instant at) {
            escalation = Decision.of(table.ref(rule), DecisionKind.ESCALATE, Subject.programme(), null, null, evidence,
                    triggerId, at);
            decisions.add(escalation);
        }

        private record WeeklyRise(int week, double average, double previousAverage) {

            double rise() {
                return average - previousAverage;
            }

            Evidence evidence(Log log) {
                return new Evidence(List.of(log.clientId()), Map.of("week", week, "weeklyAveragePain", average,
                        "previousWeeklyAveragePain", previousAverage, "rise", rise()));
            }
        }
    }
}
