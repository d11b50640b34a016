package io.backstride.programme.domain.plan;

import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.Occasion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A weekly template laid over the dates from start to end (race day, or 12 weeks). Kept as a template, not
 * a list of dated sessions, so the stored plan stays small however far away race day is. It carries its
 * own copy of the exercises it uses, so a later change to the library cannot alter a running plan.
 *
 * <p>When the runner changes their running days, the same routines are laid on the new days in a template
 * in force from a date on ({@code reschedules}); every date takes the template in force on it, so the days
 * before a change keep what they held.
 *
 * @param runDays      the run days of the first template (the one the programme was planned with)
 * @param strengthDays the strength days of the first template
 * @param week         the first template: seven days, Monday first
 * @param exercises    every exercise the plan uses or may progress to, by id
 * @param reschedules  the templates in force from a later date on, oldest first, at most {@link #MAX_RESCHEDULES};
 *                     a plan stored before they existed has none
 */
public record ProgrammePlan(LocalDate start, LocalDate end, Optional<LocalDate> raceDate, ZoneId zone,
                            Set<DayOfWeek> runDays, List<DayOfWeek> strengthDays, List<DayPlan> week,
                            Level startLevel, Reason startReason, Optional<TechniqueFocus> techniqueFocus,
                            Map<String, LibraryExercise> exercises, List<WeekTemplate> reschedules) {

    public static final int DEFAULT_WEEKS = 12;
    /**
     * Keeps the stored plan bounded (a template is a few kB of JSON): a programme takes at most this many changes
     * of running days, each from a different date ({@code Programme.reschedule} refuses more). Merging older ones
     * is not possible without changing what past days held.
     */
    public static final int MAX_RESCHEDULES = 20;
    /** No strength session this many days before race day, or on it. */
    static final int STRENGTH_FREE_DAYS_BEFORE_RACE = 1;

    public ProgrammePlan {
        runDays = Set.copyOf(runDays);
        strengthDays = List.copyOf(strengthDays);
        week = List.copyOf(week);
        exercises = java.util.Collections.unmodifiableMap(new TreeMap<>(exercises));
        reschedules = reschedules == null ? List.of() : List.copyOf(reschedules);
        var previous = start.minusDays(1);
        for (var reschedule : reschedules) {
            if (!reschedule.effectiveFrom().isAfter(previous)) {
                throw new IllegalArgumentException("reschedules start within the programme, each after the one before");
            }
            previous = reschedule.effectiveFrom();
        }
    }

    public int weeks() {
        return weekOf(end);
    }

    /** Programme week of a date: 1 for the first seven days; 0 or less before the start. */
    public int weekOf(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7) + 1;
    }

    public LocalDate weekStart(int week) {
        return start.plusDays(7L * (week - 1));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean inRaceWeek(LocalDate date) {
        return raceDate.map(race -> !date.isAfter(race) && date.isAfter(race.minusDays(7))).orElse(false);
    }

    /** Exercise ids scheduled in the template (not the ones only reachable by progression). */
    public List<String> scheduledExerciseIds() {
        return week.stream().flatMap(day -> day.elements().stream()).map(PlannedElement::exerciseId).distinct().sorted().toList();
    }

    /** The day of the first template (the one the programme was planned with). */
    public DayPlan template(DayOfWeek day) {
        return week.get(day.getValue() - 1);
    }

    /** The template the programme was planned with, in force from its start. */
    public WeekTemplate firstTemplate() {
        return new WeekTemplate(start, runDays, strengthDays, week);
    }

    /** The template in force on a date (the first one before the start). */
    public WeekTemplate templateOn(LocalDate date) {
        return reschedules.reversed().stream().filter(reschedule -> !reschedule.effectiveFrom().isAfter(date))
                .findFirst().orElseGet(this::firstTemplate);
    }

    /** The template the rest of the programme follows: the latest change of running days, or the first one. */
    public WeekTemplate latestTemplate() {
        return reschedules.isEmpty() ? firstTemplate() : reschedules.getLast();
    }

    /**
     * The same routines laid on other running days from {@code from} on, exactly as planning lays them; the days
     * before {@code from} keep their template. A change from a date replaces any made from that date or later.
     * This plan itself when nothing changes: no run day, {@code from} outside the programme, or the days already
     * in force on {@code from}.
     */
    public ProgrammePlan rescheduled(LocalDate from, Set<DayOfWeek> days) {
        if (days.isEmpty() || from.isBefore(start) || from.isAfter(end)) {
            return this;
        }
        var kept = reschedules.stream().filter(reschedule -> reschedule.effectiveFrom().isBefore(from)).toList();
        var before = withReschedules(kept);
        if (before.templateOn(from).runDays().equals(Set.copyOf(days))) {
            return before.equals(this) ? this : before;
        }
        var changed = new ArrayList<>(kept);
        changed.add(PlanGenerator.layOut(Routines.readFrom(week), days, from));
        return withReschedules(changed);
    }

    private ProgrammePlan withReschedules(List<WeekTemplate> changed) {
        return new ProgrammePlan(start, end, raceDate, zone, runDays, strengthDays, week, startLevel, startReason,
                techniqueFocus, exercises, changed);
    }

    public Optional<Session> sessionOn(LocalDate date) {
        if (!covers(date)) {
            return Optional.empty();
        }
        var inForce = templateOn(date);
        var template = inForce.day(date.getDayOfWeek());
        var raceDay = raceDate.map(date::equals).orElse(false);
        var run = template.run() || raceDay;
        var strength = template.strength() && !raceDay
                && raceDate.map(race -> date.isBefore(race.minusDays(STRENGTH_FREE_DAYS_BEFORE_RACE))).orElse(true);
        var raceWeek = inRaceWeek(date);
        var elements = new ArrayList<ScheduledElement>();
        for (var element : raceDay && !template.run() ? runDayElements(inForce) : template.elements()) {
            var isStrengthWork = element.occasion() == Occasion.STRENGTH_DAY;
            if (isStrengthWork && !strength) {
                continue;
            }
            var lighter = isStrengthWork && raceWeek;
            var reasons = new ArrayList<Reason>(List.of(element.reason()));
            if (isStrengthWork && run) {
                reasons.add(Reason.STRENGTH_ON_RUN_DAY);
            }
            if (lighter) {
                reasons.add(Reason.RACE_WEEK_LIGHTER);
            }
            elements.add(new ScheduledElement(element, lighter, reasons));
        }
        if (!run && !strength) {
            return Optional.empty();
        }
        return Optional.of(new Session(date, weekOf(date), run, strength, raceDay, elements));
    }

    /** Sessions of a programme week, within the programme's dates. */
    public List<Session> sessionsOfWeek(int week) {
        var sessions = new ArrayList<Session>();
        for (var date = weekStart(week); date.isBefore(weekStart(week + 1)); date = date.plusDays(1)) {
            sessionOn(date).ifPresent(sessions::add);
        }
        return sessions;
    }

    /** Elements of an ordinary run day, for a race day that falls on a day the runner does not usually run. */
    private static List<PlannedElement> runDayElements(WeekTemplate template) {
        return template.week().stream().filter(DayPlan::run).findFirst().map(DayPlan::elements).orElse(List.of()).stream()
                .filter(element -> element.occasion() != Occasion.STRENGTH_DAY).toList();
    }
}
