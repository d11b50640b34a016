package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.Outcome;
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
import io.backstride.programme.domain.event.RuleDecisionEvent;
import io.backstride.programme.domain.event.RunSpikeFlagged;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.LogValidation;
import io.backstride.programme.domain.log.Problem;
import io.backstride.programme.domain.log.RunLog;
import io.backstride.programme.domain.log.WeeklyLogBucket;
import io.backstride.programme.domain.plan.PlanGenerator;
import io.backstride.programme.domain.plan.PlanRequest;
import io.backstride.programme.domain.plan.ProgrammePlan;
import io.backstride.programme.domain.plan.ProgrammeRefused;
import io.backstride.programme.domain.plan.RefusalReason;
import io.backstride.programme.domain.rules.Decision;
import io.backstride.programme.domain.rules.Position;
import io.backstride.programme.domain.rules.ProgressionEngine;
import io.backstride.programme.domain.rules.RuleTable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A runner's programme: the plan, where each exercise and the running load stand, and the decisions the
 * rules made. Every method that changes it returns the events it causes and also registers them, to be
 * taken once with {@link #pullEvents()} (for the outbox).
 *
 * <p>Logs are kept in weekly buckets. Whenever a log or check-in arrives the rules are evaluated again over
 * everything in the order it happened, so the outcome depends only on what was logged, not on when it
 * arrived. A decision that a late log undoes is withdrawn, by event. Once an escalation has suspended the
 * programme, that stands: nothing is evaluated any more and nothing progresses.
 */
public final class Programme {

    private final String id;
    private final String runnerId;
    private final String assessmentId;
    private final Instant assessedAt;
    private final Outcome outcome;
    private ProgrammePlan plan;
    private final RuleTable rules;
    private final Optional<String> supersedes;
    private final Map<Integer, WeeklyLogBucket> buckets = new TreeMap<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<ProgrammeEvent> pending = new ArrayList<>();
    private Optional<String> supersededBy;
    private ProgrammeStatus status;
    private Map<String, Position> positions;
    private Level running;
    private List<Decision> history;
    private final List<PlannedRun> plannedRuns = new ArrayList<>();

    private Programme(ProgrammeState state, RuleTable rules, Collection<WeeklyLogBucket> buckets) {
        this.id = state.id();
        this.runnerId = state.runnerId();
        this.assessmentId = state.assessmentId();
        this.assessedAt = state.assessedAt();
        this.outcome = state.outcome();
        this.plan = state.plan();
        this.rules = rules;
        this.supersedes = state.supersedes();
        this.supersededBy = state.supersededBy();
        this.status = state.status();
        this.checkIns.addAll(state.checkIns());
        this.positions = new TreeMap<>(state.positions());
        this.running = state.running();
        this.history = new ArrayList<>(state.history());
        this.plannedRuns.addAll(state.plannedRuns());
        buckets.forEach(bucket -> this.buckets.put(bucket.week(), bucket));
    }

    /**
     * Plans a programme from an assessment that allows one. A newer assessment replaces the runner's current
     * programme, which is marked superseded and kept; an older or already planned one is refused, so late or
     * redelivered assessment events cannot undo a newer plan.
     *
     * @throws ProgrammeRefused when the outcome does not allow a programme or the request cannot be planned
     */
    public static Programme plan(String programmeId, PlanRequest request, Optional<Programme> current, Instant now) {
        var assessment = request.assessment();
        current.ifPresent(existing -> {
            if (existing.assessmentId.equals(assessment.assessmentId())) {
                throw new ProgrammeRefused(RefusalReason.ALREADY_PLANNED, assessment.assessmentId());
            }
            if (existing.assessedAt.isAfter(assessment.completedAt())) {
                throw new ProgrammeRefused(RefusalReason.OLDER_THAN_CURRENT_ASSESSMENT, assessment.assessmentId());
            }
        });
        var plan = PlanGenerator.generate(request);
        var positions = new HashMap<String, Position>();
        plan.scheduledExerciseIds().forEach(exercise -> positions.put(exercise, new Position(exercise, plan.startLevel())));
        var state = new ProgrammeState(programmeId, assessment.runnerId(), assessment.assessmentId(),
                assessment.completedAt(), assessment.outcome(), plan, RuleTable.V1.version(), ProgrammeStatus.ACTIVE,
                current.map(Programme::id), Optional.empty(), List.of(), positions, plan.startLevel(), List.of(), List.of());
        var programme = new Programme(state, RuleTable.V1, List.of());
        current.ifPresent(existing -> existing.supersede(programmeId, assessment.assessmentId(), now));
        programme.register(List.of(new ProgrammeCreated(programmeId, assessment.runnerId(), assessment.assessmentId(),
                assessment.outcome(), plan.start(), plan.end(), plan.raceDate(), plan.zone().getId(),
                plan.runDays().stream().sorted().toList(), plan.strengthDays(), plan.startLevel(), plan.startReason(),
                plan.week(), plan.techniqueFocus(), current.map(Programme::id), RuleTable.V1.version(), now)));
        return programme;
    }

    /** Rebuilds a stored programme with the buckets of its logs. */
    public static Programme restore(ProgrammeState state, Collection<WeeklyLogBucket> buckets) {
        if (!RuleTable.V1.version().equals(state.rulesVersion())) {
            throw new IllegalArgumentException("unknown rule table version " + state.rulesVersion());
        }
        return new Programme(state, RuleTable.V1, buckets);
    }

    public ProgrammeState state() {
        return new ProgrammeState(id, runnerId, assessmentId, assessedAt, outcome, plan, rules.version(), status,
                supersedes, supersededBy, checkIns, positions, running, history, plannedRuns);
    }

    // ---- logging

    public RecordResult record(Log log, Clock clock) {
        var problems = switch (log) {
            case ExerciseSessionLog session -> LogValidation.validate(session, plan.exercises().keySet(), clock);
            case RunLog run -> LogValidation.validate(run, clock);
        };
        if (!problems.isEmpty()) {
            return new RecordResult.Rejected(problems);
        }
        var existing = find(log.clientId());
        if (existing.isPresent()) {
            return existing.get().equals(log) ? new RecordResult.Duplicate(existing.get())
                    : new RecordResult.Rejected(List.of(idReused()));
        }
        var week = weekOf(log.performedAt());
        var bucket = bucket(week);
        if (bucket.isFull()) {
            return new RecordResult.Rejected(List.of(new Problem("performedAt", "WEEK_FULL",
                    "This week already holds as many logs as it can.")));
        }
        buckets.put(week, bucket.with(log));
        return new RecordResult.Recorded(log, week, reevaluate(log.clientId(), clock.instant()));
    }

    /** A partner app's runs, all or none: any problem rejects the whole import. Runs already recorded are skipped. */
    public List<RecordResult> importRuns(List<RunLog> runs, Clock clock) {
        var problems = new ArrayList<>(LogValidation.validateImport(runs, clock));
        for (var i = 0; i < runs.size(); i++) {
            var run = runs.get(i);
            var existing = run.clientId() == null ? Optional.<Log>empty() : find(run.clientId());
            if (existing.isPresent() && !existing.get().equals(run)) {
                problems.add(new Problem("runs[" + i + "].clientId", "ID_REUSED", idReused().message()));
            }
        }
        if (!problems.isEmpty()) {
            return List.of(new RecordResult.Rejected(problems));
        }
        var results = new ArrayList<RecordResult>();
        for (var run : runs) {
            var existing = find(run.clientId());
            if (existing.isPresent()) {
                results.add(new RecordResult.Duplicate(existing.get()));
                continue;
            }
            var week = weekOf(run.performedAt());
            buckets.put(week, bucket(week).with(run));
            results.add(new RecordResult.Recorded(run, week, List.of()));
        }
        var events = reevaluate(runs.isEmpty() ? "" : runs.getLast().clientId(), clock.instant());
        if (!events.isEmpty() && !results.isEmpty()) {
            var last = results.removeLast();
            results.add(last instanceof RecordResult.Recorded recorded
                    ? new RecordResult.Recorded(recorded.log(), recorded.week(), events) : last);
        }
        return results;
    }

    /** The next-morning pain of a run already logged; sending it again, or correcting it, is allowed. */
    public RecordResult addNextMorningPain(String runId, Integer pain, Clock clock) {
        var problems = new ArrayList<>(LogValidation.validateNextMorningPain(pain));
        var run = find(runId).filter(RunLog.class::isInstance).map(RunLog.class::cast);
        if (run.isEmpty()) {
            problems.add(new Problem("runId", "UNKNOWN_RUN", "There is no run with this id."));
        }
        if (!problems.isEmpty()) {
            return new RecordResult.Rejected(problems);
        }
        if (pain.equals(run.get().nextMorningPain())) {
            return new RecordResult.Duplicate(run.get());
        }
        var updated = run.get().withNextMorningPain(pain);
        var week = weekOf(updated.performedAt());
        buckets.put(week, bucket(week).replacing(updated));
        return new RecordResult.Recorded(updated, week, reevaluate(runId, clock.instant()));
    }

    /** A weekly check-in; a new red flag escalates. Receiving the same check-in twice changes nothing. */
    public List<ProgrammeEvent> recordCheckIn(CheckIn checkIn, Instant now) {
        if (checkIns.stream().anyMatch(known -> known.checkInId().equals(checkIn.checkInId()))) {
            return List.of();
        }
        checkIns.add(checkIn);
        return reevaluate(checkIn.checkInId(), now);
    }

    /**
     * RL-1 for a run the runner plans on {@code date}: compared with the longest logged run of the 30 days before
     * that day (in the runner's time zone). The check is kept apart from the decision history, so re-evaluating the
     * logs never withdraws it. The same plan checked again answers as before and publishes nothing; a changed plan
     * (same id, another date or distance) replaces the check, withdrawing its flag if it had one.
     */
    public PlannedRunResult checkPlannedRun(String plannedRunId, LocalDate date, Integer distanceMetres, Clock clock) {
        if (status != ProgrammeStatus.ACTIVE) {
            return new PlannedRunResult.NotActive(status);
        }
        var problems = LogValidation.validatePlannedRun(plannedRunId, date, distanceMetres,
                LocalDate.now(clock.withZone(plan.zone())), plan.end());
        if (!problems.isEmpty()) {
            return new PlannedRunResult.Rejected(problems);
        }
        var earlier = plannedRun(plannedRunId);
        if (earlier.isPresent() && earlier.get().plans(date, distanceMetres)) {
            return new PlannedRunResult.Checked(earlier.get(), true, List.of());
        }
        var now = clock.instant();
        var check = engine().checkPlannedRun(plannedRunId, date, plan.zone(), distanceMetres, runs());
        var checked = new PlannedRun(plannedRunId, date, distanceMetres, check.longestPrevious30DaysMetres(),
                check.limitMetres(), check.flag(), now);
        var events = new ArrayList<ProgrammeEvent>();
        earlier.ifPresent(replaced -> {
            plannedRuns.remove(replaced);
            replaced.flag().ifPresent(flag -> events.add(new DecisionWithdrawn(id, flag.id(), plannedRunId, now)));
        });
        checked.flag().ifPresent(flag -> events.add(toEvent(flag, true)));
        plannedRuns.add(checked);
        while (plannedRuns.size() > ProgrammeState.MAX_PLANNED_RUNS) {
            plannedRuns.removeFirst();
        }
        register(events);
        return new PlannedRunResult.Checked(checked, false, events);
    }

    /**
     * The runner's new running days, for the rest of an active programme: from tomorrow in the programme's time
     * zone, the same routines (exercises, slots, levels, decisions, logs) fall on these days as planning would lay
     * them; today and the days before keep what they held, so past adherence stays as it was. The days already in
     * force, no day at all, a programme that ends before tomorrow or one no longer active change nothing. A second
     * change on the same day replaces the first.
     */
    public RescheduleResult reschedule(Set<DayOfWeek> runDays, Clock clock) {
        if (status != ProgrammeStatus.ACTIVE) {
            return new RescheduleResult.Unchanged();
        }
        var tomorrow = LocalDate.now(clock.withZone(plan.zone())).plusDays(1);
        var from = tomorrow.isBefore(plan.start()) ? plan.start() : tomorrow;
        var changed = plan.rescheduled(from, runDays);
        if (changed.equals(plan)) {
            return new RescheduleResult.Unchanged();
        }
        if (changed.reschedules().size() > ProgrammePlan.MAX_RESCHEDULES) {
            return new RescheduleResult.TooManyReschedules(ProgrammePlan.MAX_RESCHEDULES);
        }
        plan = changed;
        var template = plan.templateOn(from);
        var event = new ProgrammeRescheduled(id, from, template.sortedRunDays(), template.strengthDays(),
                template.week(), clock.instant());
        register(List.of(event));
        return new RescheduleResult.Rescheduled(event);
    }

    /** Completes an active programme once its last day is over in the runner's time zone. */
    public Optional<ProgrammeCompleted> completeIfOver(Instant now) {
        if (status != ProgrammeStatus.ACTIVE || !LocalDate.ofInstant(now, plan.zone()).isAfter(plan.end())) {
            return Optional.empty();
        }
        status = ProgrammeStatus.COMPLETED;
        var completed = new ProgrammeCompleted(id, plan.end(), now);
        register(List.of(completed));
        return Optional.of(completed);
    }

    private void supersede(String newProgrammeId, String byAssessmentId, Instant now) {
        status = ProgrammeStatus.SUPERSEDED;
        supersededBy = Optional.of(newProgrammeId);
        register(List.of(new ProgrammeSuperseded(id, newProgrammeId, byAssessmentId, now)));
    }

    // ---- evaluation

    private List<ProgrammeEvent> reevaluate(String becauseOf, Instant now) {
        if (status != ProgrammeStatus.ACTIVE) {
            return List.of();
        }
        var replay = engine().replay(startPositions(), plan.startLevel(), logs(), checkIns);
        var before = history.stream().map(Decision::id).collect(Collectors.toSet());
        var after = replay.notable();
        var afterIds = after.stream().map(Decision::id).collect(Collectors.toSet());
        var events = new ArrayList<ProgrammeEvent>();
        history.stream().filter(decision -> !afterIds.contains(decision.id()))
                .forEach(decision -> events.add(new DecisionWithdrawn(id, decision.id(), becauseOf, now)));
        after.stream().filter(decision -> !before.contains(decision.id()))
                .forEach(decision -> events.add(toEvent(decision, false)));
        history = new ArrayList<>(after);
        positions = new TreeMap<>(replay.positions());
        running = replay.running();
        replay.escalation().ifPresent(escalation -> {
            status = ProgrammeStatus.SUSPENDED;
            events.add(new ProgrammeSuspended(id, escalation.rule(), escalation.id(), escalation.at()));
        });
        register(events);
        return List.copyOf(events);
    }

    private ProgressionEngine engine() {
        return new ProgressionEngine(rules, plan.exercises(), this::weekOf);
    }

    private Map<String, Position> startPositions() {
        var start = new HashMap<String, Position>();
        plan.scheduledExerciseIds().forEach(exercise -> start.put(exercise, new Position(exercise, plan.startLevel())));
        return start;
    }

    private RuleDecisionEvent toEvent(Decision decision, boolean planned) {
        return switch (decision.kind()) {
            case PROGRESS -> new ProgressionApplied(decision.id(), id, decision.subject(), decision.from(), decision.to(),
                    decision.rule(), decision.evidence(), decision.at());
            case REGRESS -> new RegressionApplied(decision.id(), id, decision.subject(), decision.from(), decision.to(),
                    decision.rule(), decision.evidence(), decision.at());
            case HOLD_AND_FLAG -> new ExerciseFlagged(decision.id(), id, decision.subject(), decision.from(),
                    decision.rule(), decision.evidence(), decision.at());
            case RUN_SPIKE -> new RunSpikeFlagged(decision.id(), id, decision.triggerId(), planned,
                    decision.evidence().values().get("distanceMetres").intValue(),
                    decision.evidence().values().get("longestPrevious30DaysMetres").intValue(),
                    decision.rule(), decision.evidence(), decision.at());
            case ESCALATE -> new EscalationRaised(decision.id(), id, runnerId, decision.rule(), decision.evidence(),
                    EscalationRaised.SEE_A_PROFESSIONAL, decision.at());
            case HOLD -> throw new IllegalArgumentException("a hold is not published");
        };
    }

    private void register(List<? extends ProgrammeEvent> events) {
        pending.addAll(events);
    }

    /** The events registered since the last call, once. */
    public List<ProgrammeEvent> pullEvents() {
        var events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    // ---- queries

    public String id() {
        return id;
    }

    public String runnerId() {
        return runnerId;
    }

    public String assessmentId() {
        return assessmentId;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public ProgrammePlan plan() {
        return plan;
    }

    public Optional<String> supersedes() {
        return supersedes;
    }

    public Optional<String> supersededBy() {
        return supersededBy;
    }

    /** Where each exercise slot stands (keyed by the exercise first planned in it). */
    public Map<String, Position> positions() {
        return Map.copyOf(positions);
    }

    public Level levelOf(String slot) {
        return Optional.ofNullable(positions.get(slot)).map(Position::level)
                .orElseThrow(() -> new IllegalArgumentException("no exercise slot " + slot));
    }

    /** EASIER when the running load is eased, BASE when runs go as planned. */
    public Level runningLoad() {
        return running;
    }

    /** The decisions in force, explained, in the order they happened. */
    public List<RuleDecisionEvent> history() {
        return history.stream().map(decision -> toEvent(decision, false)).toList();
    }

    /** The planned runs checked whose day is {@code from} or later, in the order they were checked. */
    public List<PlannedRun> plannedRuns(LocalDate from) {
        return plannedRuns.stream().filter(planned -> !planned.date().isBefore(from)).toList();
    }

    /** Every rule that fired on the logs so far, plain holds included, for explaining why nothing changed. */
    public List<Decision> decisions() {
        return engine().replay(startPositions(), plan.startLevel(), logs(), checkIns).decisions();
    }

    public Optional<PlannedSession> sessionOn(LocalDate date) {
        return plan.sessionOn(date).map(session -> new PlannedSession(session.date(), session.week(), session.run(),
                session.strength(), session.raceDay(), session.elements().stream().map(scheduled -> {
                    var slot = scheduled.element().exerciseId();
                    var position = positions.get(slot);
                    var exercise = plan.exercises().get(position.exerciseId());
                    var dosage = exercise.dosage(position.level()).orElseThrow();
                    return new SessionExercise(slot, position.exerciseId(), exercise.purpose(),
                            scheduled.element().occasion(), position.level(),
                            scheduled.lighter() ? dosage.lighter() : dosage, scheduled.reasons());
                }).toList()));
    }

    public List<PlannedSession> sessionsOfWeek(int week) {
        return plan.sessionsOfWeek(week).stream().map(session -> sessionOn(session.date()).orElseThrow()).toList();
    }

    public Adherence adherence(LocalDate today) {
        return WeeklyProgress.adherence(this, today);
    }

    public List<WeeklyPain> painSeries(LocalDate today) {
        return WeeklyProgress.painSeries(this, today);
    }

    public int weekOf(Instant at) {
        return plan.weekOf(LocalDate.ofInstant(at, plan.zone()));
    }

    public Optional<WeeklyLogBucket> bucketOf(int week) {
        return Optional.ofNullable(buckets.get(week));
    }

    public List<WeeklyLogBucket> buckets() {
        return List.copyOf(buckets.values());
    }

    public List<Log> logs() {
        return buckets.values().stream().flatMap(bucket -> bucket.logs().stream()).sorted(Log.CHRONOLOGICAL).toList();
    }

    List<RunLog> runs() {
        return logs().stream().filter(RunLog.class::isInstance).map(RunLog.class::cast).toList();
    }

    private Optional<PlannedRun> plannedRun(String plannedRunId) {
        return plannedRuns.stream().filter(planned -> planned.plannedRunId().equals(plannedRunId)).findFirst();
    }

    private WeeklyLogBucket bucket(int week) {
        return buckets.getOrDefault(week, WeeklyLogBucket.empty(id, week));
    }

    private Optional<Log> find(String clientId) {
        return buckets.values().stream().map(bucket -> bucket.find(clientId)).flatMap(Optional::stream).findFirst();
    }

    private static Problem idReused() {
        return new Problem("clientId", "ID_REUSED", "This id was already used for a different log.");
    }
}
