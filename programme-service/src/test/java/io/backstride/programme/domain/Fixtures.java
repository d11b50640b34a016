package io.backstride.programme.domain;

import io.backstride.programme.domain.assessment.CompletedAssessment;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.FactorProfile;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Dosage;
import io.backstride.programme.domain.library.ExerciseLibrary;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.LevelLink;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.Occasion;
import io.backstride.programme.domain.library.Purpose;
import io.backstride.programme.domain.library.Target;
import io.backstride.programme.domain.library.TechniqueCue;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import io.backstride.programme.domain.log.RunLog;
import io.backstride.programme.domain.plan.PlanRequest;
import io.backstride.programme.domain.programme.Programme;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A library shaped like the seed content, a runner who runs Tuesday, Thursday and Saturday, and log builders. */
public final class Fixtures {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Monday. */
    public static final LocalDate START = LocalDate.of(2025, 3, 3);
    public static final Set<DayOfWeek> RUN_DAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
    public static final Instant ASSESSED_AT = START.atTime(9, 0).atZone(LONDON).toInstant();
    public static final Clock CLOCK = Clock.fixed(START.plusWeeks(20).atTime(12, 0).atZone(LONDON).toInstant(), LONDON);

    private Fixtures() {
    }

    public static ExerciseLibrary library() {
        return new ExerciseLibrary(List.of(
                exercise("cat-and-camel", Purpose.MOBILITY, Set.of(Target.LUMBAR_PELVIC_MOBILITY), Set.of(Occasion.PRE_RUN, Occasion.POST_RUN)),
                exercise("pelvic-tilts", Purpose.MOBILITY, Set.of(Target.LUMBAR_PELVIC_MOBILITY), Set.of(Occasion.PRE_RUN, Occasion.POST_RUN)),
                exercise("knee-rolls", Purpose.MOBILITY, Set.of(Target.LUMBAR_PELVIC_MOBILITY), Set.of(Occasion.POST_RUN)),
                exercise("kneeling-hip-flexor-stretch", Purpose.MOBILITY, Set.of(Target.LUMBAR_PELVIC_MOBILITY), Set.of(Occasion.POST_RUN)),
                exercise("dead-bug", Purpose.STRENGTH, Set.of(Target.LOWER_ABDOMINALS), Set.of(Occasion.STRENGTH_DAY),
                        new LevelLink("front-plank", Level.BASE)),
                exercise("front-plank", Purpose.STRENGTH, Set.of(Target.LOWER_ABDOMINALS, Target.OBLIQUES), Set.of(Occasion.STRENGTH_DAY),
                        new LevelLink("side-plank", Level.BASE)),
                exercise("pallof-press", Purpose.STRENGTH, Set.of(Target.OBLIQUES), Set.of(Occasion.STRENGTH_DAY)),
                exercise("side-plank", Purpose.STRENGTH, Set.of(Target.OBLIQUES, Target.GLUTES), Set.of(Occasion.STRENGTH_DAY)),
                exercise("clam-to-side-leg-raise", Purpose.STRENGTH, Set.of(Target.GLUTES), Set.of(Occasion.STRENGTH_DAY),
                        new LevelLink("neutral-pelvis-step-up", Level.EASIER)),
                exercise("glute-bridge", Purpose.STRENGTH, Set.of(Target.GLUTES), Set.of(Occasion.STRENGTH_DAY),
                        new LevelLink("neutral-pelvis-step-up", Level.BASE)),
                exercise("neutral-pelvis-step-down", Purpose.STEP, Set.of(Target.GLUTES, Target.LOWER_ABDOMINALS), Set.of(Occasion.STRENGTH_DAY)),
                exercise("neutral-pelvis-step-up", Purpose.STEP, Set.of(Target.GLUTES, Target.LOWER_ABDOMINALS), Set.of(Occasion.STRENGTH_DAY)),
                exercise("tall-marching", Purpose.TECHNIQUE, Set.of(Target.LOWER_ABDOMINALS, Target.GLUTES), Set.of(Occasion.PRE_RUN))),
                List.of(new TechniqueCue("check-in-late-in-the-run", null), new TechniqueCue("lean-as-one-piece", null),
                        new TechniqueCue("lift-from-the-hips", "pulled-up-by-the-hair"),
                        new TechniqueCue("pulled-up-by-the-hair", null)));
    }

    /** The same library with no progression links at all. */
    public static ExerciseLibrary libraryWithoutLinks() {
        return new ExerciseLibrary(library().exercises().stream().map(exercise -> new LibraryExercise(exercise.id(),
                exercise.purpose(), exercise.targets(), exercise.when(), exercise.levels(), List.of())).toList(),
                library().techniqueCues());
    }

    private static LibraryExercise exercise(String id, Purpose purpose, Set<Target> targets, Set<Occasion> when,
                                            LevelLink... progressions) {
        return new LibraryExercise(id, purpose, targets, when, Map.of(
                Level.EASIER, Dosage.reps(2, 8), Level.BASE, Dosage.reps(3, 10), Level.HARDER, Dosage.reps(3, 12)),
                List.of(progressions));
    }

    public static CompletedAssessment assessment(Outcome outcome, Factor... factors) {
        return new CompletedAssessment("assessment-1", "runner-1", outcome, FactorProfile.of(factors), ASSESSED_AT);
    }

    public static PlanRequest request(CompletedAssessment assessment) {
        return new PlanRequest(assessment, library(), RUN_DAYS, LONDON, START, Optional.empty());
    }

    public static Programme programme(Outcome outcome, Factor... factors) {
        return Programme.plan("programme-1", request(assessment(outcome, factors)), Optional.empty(), ASSESSED_AT);
    }

    public static Programme programme(ExerciseLibrary library, Outcome outcome, Factor... factors) {
        return Programme.plan("programme-1", new PlanRequest(assessment(outcome, factors), library, RUN_DAYS, LONDON,
                START, Optional.empty()), Optional.empty(), ASSESSED_AT);
    }

    /** Evening of the given day of the programme (day 0 is the start date). */
    public static Instant day(int day) {
        return START.plusDays(day).atTime(LocalTime.of(18, 0)).atZone(LONDON).toInstant();
    }

    public static ExerciseSessionLog session(String id, int day, String exercise, Level level, int effort, int pain) {
        return new ExerciseSessionLog(id, exercise, level, 3, 10, null, effort, pain, day(day));
    }

    public static RunLog run(String id, int day, int metres, int pain) {
        return new RunLog(id, day(day).minus(Duration.ofHours(10)), metres, Duration.ofMinutes(metres / 170), pain, null);
    }

    public static RunLog run(String id, int day, int metres, int pain, int nextMorning) {
        return run(id, day, metres, pain).withNextMorningPain(nextMorning);
    }
}
