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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds a runner's plan from an assessment that allows one: mobility before and after every run, strength
 * sessions on non-run days where possible (three a week when strength stands out, otherwise two), the step
 * exercise, a technique drill and cue, with the emphasis the factor profile asks for.
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
        var preRun = pick(library, isMobilityFor(Occasion.PRE_RUN), MOBILITY_PER_ROUTINE);
        var postRun = pick(library, isMobilityFor(Occasion.POST_RUN), MOBILITY_PER_ROUTINE);
        var strength = strengthWork(library, profile);
        if (preRun.isEmpty() || postRun.isEmpty() || strength.isEmpty()) {
            throw new ProgrammeRefused(RefusalReason.LIBRARY_INCOMPLETE, "mobility and strength exercises are needed");
        }
        var steps = library.matching(exercise -> exercise.purpose() == Purpose.STEP);
        var technique = library.matching(exercise -> exercise.purpose() == Purpose.TECHNIQUE);
        var techniqueEmphasis = profile.emphasises(Emphasis.TECHNIQUE_CUES) || profile.has(Factor.HABIT)
                || profile.has(Factor.TECHNIQUE);
        var fatigue = profile.has(Factor.FATIGUE);

        var runDays = request.runDays().stream().sorted().toList();
        var strengthCount = profile.has(Factor.STRENGTH) ? 3 : 2;
        var strengthDays = StrengthDays.choose(EnumSet.copyOf(request.runDays()), strengthCount);

        var week = new ArrayList<DayPlan>();
        for (var day : DayOfWeek.values()) {
            var run = request.runDays().contains(day);
            var strong = strengthDays.contains(day);
            var elements = new ArrayList<PlannedElement>();
            if (run) {
                preRun.forEach(exercise -> elements.add(element(exercise, Occasion.PRE_RUN, Reason.PRE_RUN_MOBILITY)));
                if (!technique.isEmpty() && (techniqueEmphasis || day == runDays.getFirst())) {
                    var reason = techniqueEmphasis ? Reason.TECHNIQUE_EMPHASIS : Reason.TECHNIQUE_DRILL;
                    elements.add(element(technique.getFirst(), Occasion.PRE_RUN, reason));
                }
                postRun.forEach(exercise -> elements.add(element(exercise, Occasion.POST_RUN, Reason.POST_RUN_MOBILITY)));
                if (fatigue && !steps.isEmpty() && day == runDays.getLast()) {
                    var step = steps.size() > 1 ? steps.get(1) : steps.getFirst();
                    elements.add(element(step, Occasion.POST_RUN, Reason.FATIGUE_PELVIC_CONTROL_AFTER_RUN));
                }
            }
            if (strong) {
                strength.forEach((exercise, reason) -> elements.add(element(exercise, Occasion.STRENGTH_DAY, reason)));
                if (!steps.isEmpty()) {
                    elements.add(element(steps.getFirst(), Occasion.STRENGTH_DAY, Reason.STEP_NEUTRAL_PELVIS));
                }
            }
            week.add(new DayPlan(day, run, strong, elements));
        }

        var cautious = assessment.outcome() == Outcome.PROCEED_WITH_CAUTION;
        var end = request.raceDate().orElse(request.startDate().plusWeeks(ProgrammePlan.DEFAULT_WEEKS).minusDays(1));
        var used = week.stream().flatMap(day -> day.elements().stream()).map(PlannedElement::exerciseId).toList();
        return new ProgrammePlan(request.startDate(), end, request.raceDate(), request.zone(), request.runDays(),
                strengthDays, week, cautious ? Level.EASIER : Level.BASE,
                cautious ? Reason.CAUTIOUS_START : Reason.STANDARD_START,
                techniqueFocus(library.techniqueCues(), techniqueEmphasis), withProgressions(library, used));
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
