package io.backstride.programme.domain.plan;

import io.backstride.programme.domain.assessment.Emphasis;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.FactorProfile;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.ExerciseLibrary;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.Occasion;
import io.backstride.programme.domain.library.Purpose;
import io.backstride.programme.domain.library.Target;
import io.backstride.programme.domain.library.TechniqueCue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds a runner's plan from an assessment that allows one: mobility before and after every run, strength
 * sessions on non-run days where possible (three a week when strength stands out, otherwise two), the step
 * exercise, a technique drill and cue, with the emphasis the factor profile asks for. In two steps: choose the
 * routines, then lay them on the runner's days; a change of running days lays the same routines again.
 */
public final class PlanGenerator {

    static final int MOBILITY_PER_ROUTINE = 3;

    private PlanGenerator() {
    }

    public static ProgrammePlan generate(PlanRequest request) {
        var assessment = request.assessment();
        if (!assessment.outcome().allowsProgramme()) {
            throw new ProgrammeRefused(RefusalReason.OUTCOME_DOES_NOT_ALLOW_PROGRAMME,
                    "assessment " + assessment.assessmentId() + " ended " + assessment.outcome());
        }
        if (request.runDays().isEmpty()) {
            throw new ProgrammeRefused(RefusalReason.NO_RUNNING_DAYS, "at least one preferred running day is needed");
        }
        if (request.raceDate().filter(race -> !race.isAfter(request.startDate())).isPresent()) {
            throw new ProgrammeRefused(RefusalReason.RACE_DATE_NOT_AFTER_START, "race day must come after the start");
        }
        var library = request.library();
        var profile = assessment.profile();
        var template = layOut(chooseRoutines(library, profile), request.runDays(), request.startDate());

        var cautious = assessment.outcome() == Outcome.PROCEED_WITH_CAUTION;
        var end = request.raceDate().orElse(request.startDate().plusWeeks(ProgrammePlan.DEFAULT_WEEKS).minusDays(1));
        var used = template.week().stream().flatMap(day -> day.elements().stream()).map(PlannedElement::exerciseId)
                .toList();
        return new ProgrammePlan(request.startDate(), end, request.raceDate(), request.zone(), template.runDays(),
                template.strengthDays(), template.week(), cautious ? Level.EASIER : Level.BASE,
                cautious ? Reason.CAUTIOUS_START : Reason.STANDARD_START,
                techniqueFocus(library.techniqueCues(), techniqueEmphasis(profile)), withProgressions(library, used),
                List.of());
    }

    /** What goes around every run and into a strength session, with the emphasis the factor profile asks for. */
    static Routines chooseRoutines(ExerciseLibrary library, FactorProfile profile) {
        var preRun = pick(library, isMobilityFor(Occasion.PRE_RUN), MOBILITY_PER_ROUTINE);
        var postRun = pick(library, isMobilityFor(Occasion.POST_RUN), MOBILITY_PER_ROUTINE);
        var strength = strengthWork(library, profile);
        if (preRun.isEmpty() || postRun.isEmpty() || strength.isEmpty()) {
            throw new ProgrammeRefused(RefusalReason.LIBRARY_INCOMPLETE, "mobility and strength exercises are needed");
        }
        var steps = library.matching(exercise -> exercise.purpose() == Purpose.STEP);
        var technique = library.matching(exercise -> exercise.purpose() == Purpose.TECHNIQUE);
        var emphasis = techniqueEmphasis(profile);
        return new Routines(
                preRun.stream().map(exercise -> element(exercise, Occasion.PRE_RUN, Reason.PRE_RUN_MOBILITY)).toList(),
                technique.stream().findFirst().map(drill -> element(drill, Occasion.PRE_RUN,
                        emphasis ? Reason.TECHNIQUE_EMPHASIS : Reason.TECHNIQUE_DRILL)),
                postRun.stream().map(exercise -> element(exercise, Occasion.POST_RUN, Reason.POST_RUN_MOBILITY)).toList(),
                profile.has(Factor.FATIGUE) && !steps.isEmpty()
                        ? Optional.of(element(steps.size() > 1 ? steps.get(1) : steps.getFirst(), Occasion.POST_RUN,
                                Reason.FATIGUE_PELVIC_CONTROL_AFTER_RUN))
                        : Optional.empty(),
                strengthSession(strength, steps),
                profile.has(Factor.STRENGTH) ? 3 : 2);
    }

    private static boolean techniqueEmphasis(FactorProfile profile) {
        return profile.emphasises(Emphasis.TECHNIQUE_CUES) || profile.has(Factor.HABIT) || profile.has(Factor.TECHNIQUE);
    }

    /**
     * Lays the routines on the runner's days: the run routine on every run day (the technique drill before the
     * first run of the week unless it comes before every run, the fatigue step after the last), strength sessions
     * on the days {@link StrengthDays} picks for those run days.
     */
    static WeekTemplate layOut(Routines routines, Set<DayOfWeek> runDays, LocalDate effectiveFrom) {
        var sorted = runDays.stream().sorted().toList();
        var strengthDays = StrengthDays.choose(EnumSet.copyOf(runDays), routines.strengthDaysPerWeek());
        var week = new ArrayList<DayPlan>();
        for (var day : DayOfWeek.values()) {
            var run = runDays.contains(day);
            var strong = strengthDays.contains(day);
            var elements = new ArrayList<PlannedElement>();
            if (run) {
                elements.addAll(routines.preRun());
                routines.technique().filter(drill -> routines.techniqueBeforeEveryRun() || day == sorted.getFirst())
                        .ifPresent(elements::add);
                elements.addAll(routines.postRun());
                routines.afterLastRun().filter(step -> day == sorted.getLast()).ifPresent(elements::add);
            }
            if (strong) {
                elements.addAll(routines.strength());
            }
            week.add(new DayPlan(day, run, strong, elements));
        }
        return new WeekTemplate(effectiveFrom, runDays, strengthDays, week);
    }

    private static List<PlannedElement> strengthSession(Map<LibraryExercise, Reason> strength, List<LibraryExercise> steps) {
        var session = new ArrayList<PlannedElement>();
        strength.forEach((exercise, reason) -> session.add(element(exercise, Occasion.STRENGTH_DAY, reason)));
        if (!steps.isEmpty()) {
            session.add(element(steps.getFirst(), Occasion.STRENGTH_DAY, Reason.STEP_NEUTRAL_PELVIS));
        }
        return session;
    }

    private static Predicate<LibraryExercise> isMobilityFor(Occasion occasion) {
        return exercise -> exercise.purpose() == Purpose.MOBILITY && exercise.isFor(occasion);
    }

    private static List<LibraryExercise> pick(ExerciseLibrary library, Predicate<LibraryExercise> predicate, int limit) {
        return library.matching(predicate).stream().limit(limit).toList();
    }

    /** Core and glutes always; more of both for strength; pelvic control for fatigue. */
    private static Map<LibraryExercise, Reason> strengthWork(ExerciseLibrary library, FactorProfile profile) {
        var strength = library.matching(exercise -> exercise.purpose() == Purpose.STRENGTH);
        var perGroup = profile.has(Factor.STRENGTH) ? 2 : 1;
        var reason = profile.has(Factor.STRENGTH) ? Reason.STRENGTH_EMPHASIS : Reason.CORE_AND_GLUTES;
        var picked = new LinkedHashMap<LibraryExercise, Reason>();
        strength.stream().filter(LibraryExercise::targetsCore).limit(perGroup).forEach(exercise -> picked.put(exercise, reason));
        strength.stream().filter(exercise -> exercise.targets(Target.GLUTES) && !picked.containsKey(exercise))
                .limit(perGroup).forEach(exercise -> picked.put(exercise, reason));
        if (profile.has(Factor.FATIGUE)) {
            strength.stream().filter(exercise -> !picked.containsKey(exercise) && exercise.targets(Target.GLUTES))
                    .min(Comparator.comparing((LibraryExercise exercise) -> !exercise.targets(Target.OBLIQUES)))
                    .ifPresent(exercise -> picked.put(exercise, Reason.FATIGUE_PELVIC_CONTROL));
        }
        return picked;
    }

    private static Optional<TechniqueFocus> techniqueFocus(List<TechniqueCue> cues, boolean emphasis) {
        var main = cues.stream().filter(cue -> !cue.isVariant())
                .filter(cue -> cues.stream().anyMatch(other -> cue.id().equals(other.variantOf())))
                .findFirst().or(() -> cues.stream().filter(cue -> !cue.isVariant()).findFirst());
        return main.map(cue -> new TechniqueFocus(cue.id(),
                cues.stream().filter(other -> cue.id().equals(other.variantOf())).map(TechniqueCue::id).toList(),
                emphasis ? Reason.TECHNIQUE_EMPHASIS : Reason.TECHNIQUE_CUE_FOCUS));
    }

    /** The plan's own copy of the exercises it uses and every exercise their progressions lead to. */
    private static Map<String, LibraryExercise> withProgressions(ExerciseLibrary library, List<String> used) {
        var copies = new HashMap<String, LibraryExercise>();
        var pending = new ArrayList<>(used);
        while (!pending.isEmpty()) {
            var id = pending.removeLast();
            if (copies.containsKey(id)) {
                continue;
            }
            library.find(id).ifPresent(exercise -> {
                copies.put(id, exercise);
                exercise.progressions().forEach(link -> pending.add(link.exerciseId()));
            });
        }
        return copies;
    }

    private static PlannedElement element(LibraryExercise exercise, Occasion occasion, Reason reason) {
        return new PlannedElement(exercise.id(), exercise.purpose(), occasion, reason);
    }
}
