package io.backstride.programme.domain.plan;

import static io.backstride.programme.domain.Fixtures.LONDON;
import static io.backstride.programme.domain.Fixtures.RUN_DAYS;
import static io.backstride.programme.domain.Fixtures.START;
import static io.backstride.programme.domain.Fixtures.assessment;
import static io.backstride.programme.domain.Fixtures.library;
import static io.backstride.programme.domain.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.Occasion;
import io.backstride.programme.domain.library.Purpose;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlanGenerationTest {

    private static List<PlannedElement> elements(ProgrammePlan plan) {
        return plan.week().stream().flatMap(day -> day.elements().stream()).toList();
    }

    private static List<String> idsOn(ProgrammePlan plan, DayOfWeek day, Occasion occasion) {
        return plan.template(day).elements().stream().filter(element -> element.occasion() == occasion)
                .map(PlannedElement::exerciseId).toList();
    }

    @Test
    void proceedGetsMobilityStrengthStepAndTechniqueOverTwelveWeeks() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED)));

        assertThat(elements(plan)).extracting(PlannedElement::purpose)
                .contains(Purpose.MOBILITY, Purpose.STRENGTH, Purpose.STEP, Purpose.TECHNIQUE);
        assertThat(plan.start()).isEqualTo(START);
        assertThat(plan.end()).isEqualTo(START.plusWeeks(12).minusDays(1));
        assertThat(plan.weeks()).isEqualTo(12);
        assertThat(plan.raceDate()).isEmpty();
        assertThat(plan.techniqueFocus()).hasValueSatisfying(focus -> {
            assertThat(focus.cueId()).isEqualTo("pulled-up-by-the-hair");
            assertThat(focus.alternativeCueIds()).containsExactly("lift-from-the-hips");
        });
        assertThat(plan.sessionOn(plan.end())).isPresent();
        assertThat(plan.sessionsOfWeek(13)).isEmpty();
    }

    @Test
    void everyRunDayHasPreRunAndPostRunMobility() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED)));

        for (var day : RUN_DAYS) {
            assertThat(idsOn(plan, day, Occasion.PRE_RUN)).contains("cat-and-camel", "pelvic-tilts");
            assertThat(idsOn(plan, day, Occasion.POST_RUN)).contains("cat-and-camel", "knee-rolls", "kneeling-hip-flexor-stretch");
        }
    }

    @Test
    void twoStrengthSessionsFallOnNonRunDaysSpreadOutAndNotBeforeARun() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED)));

        assertThat(plan.strengthDays()).containsExactly(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY);
        assertThat(idsOn(plan, DayOfWeek.WEDNESDAY, Occasion.STRENGTH_DAY))
                .containsExactly("dead-bug", "clam-to-side-leg-raise", "neutral-pelvis-step-down");
        assertThat(plan.template(DayOfWeek.MONDAY).isRestDay()).isTrue();
    }

    @Test
    void strengthFactorGetsThreeSessionsWithMoreCoreAndGluteWork() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED, Factor.STRENGTH)));

        assertThat(plan.strengthDays()).hasSize(3).doesNotContainAnyElementsOf(RUN_DAYS);
        assertThat(plan.template(plan.strengthDays().getFirst()).elements())
                .filteredOn(element -> element.purpose() == Purpose.STRENGTH)
                .extracting(PlannedElement::exerciseId, PlannedElement::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dead-bug", Reason.STRENGTH_EMPHASIS),
                        org.assertj.core.groups.Tuple.tuple("front-plank", Reason.STRENGTH_EMPHASIS),
                        org.assertj.core.groups.Tuple.tuple("clam-to-side-leg-raise", Reason.STRENGTH_EMPHASIS),
                        org.assertj.core.groups.Tuple.tuple("glute-bridge", Reason.STRENGTH_EMPHASIS));
    }

    @Test
    void fatigueFactorAddsPelvicControlWorkAndAStepAfterTheLastRunOfTheWeek() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED, Factor.FATIGUE)));

        assertThat(elements(plan)).filteredOn(element -> element.reason() == Reason.FATIGUE_PELVIC_CONTROL)
                .extracting(PlannedElement::exerciseId).containsOnly("side-plank");
        assertThat(plan.template(DayOfWeek.SATURDAY).elements())
                .contains(new PlannedElement("neutral-pelvis-step-up", Purpose.STEP, Occasion.POST_RUN,
                        Reason.FATIGUE_PELVIC_CONTROL_AFTER_RUN));
        assertThat(plan.template(DayOfWeek.TUESDAY).elements())
                .noneMatch(element -> element.reason() == Reason.FATIGUE_PELVIC_CONTROL_AFTER_RUN);
    }

    @ParameterizedTest
    @EnumSource(value = Factor.class, names = {"TECHNIQUE", "HABIT"})
    void techniqueOrHabitPutsTheTechniqueDrillBeforeEveryRun(Factor factor) {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED, factor)));

        for (var day : RUN_DAYS) {
            assertThat(plan.template(day).elements())
                    .contains(new PlannedElement("tall-marching", Purpose.TECHNIQUE, Occasion.PRE_RUN, Reason.TECHNIQUE_EMPHASIS));
        }
        assertThat(plan.techniqueFocus()).map(TechniqueFocus::reason).hasValue(Reason.TECHNIQUE_EMPHASIS);
    }

    @Test
    void withoutATechniqueFactorTheDrillComesOnceAWeek() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED)));

        assertThat(elements(plan)).filteredOn(element -> element.purpose() == Purpose.TECHNIQUE)
                .containsExactly(new PlannedElement("tall-marching", Purpose.TECHNIQUE, Occasion.PRE_RUN, Reason.TECHNIQUE_DRILL));
    }

    @Test
    void everyElementSaysWhyItIsThereInACodeAndPlainWords() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED, Factor.STRENGTH, Factor.FATIGUE, Factor.TECHNIQUE)));

        assertThat(elements(plan)).isNotEmpty().allSatisfy(element -> {
            assertThat(element.reason().code()).isNotBlank();
            assertThat(element.reason().text()).isNotBlank();
        });
        assertThat(plan.startReason()).isEqualTo(Reason.STANDARD_START);
    }

    @Test
    void proceedStartsAtBaseLevel() {
        assertThat(PlanGenerator.generate(request(assessment(Outcome.PROCEED))).startLevel()).isEqualTo(Level.BASE);
    }

    @Test
    void cautionStartsEveryExerciseAtTheEasierLevel() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED_WITH_CAUTION)));

        assertThat(plan.startLevel()).isEqualTo(Level.EASIER);
        assertThat(plan.startReason()).isEqualTo(Reason.CAUTIOUS_START);
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"REFER", "URGENT", "UNRECOGNISED"})
    void anOutcomeThatDoesNotAllowAProgrammeIsRefused(Outcome outcome) {
        assertThatThrownBy(() -> PlanGenerator.generate(request(assessment(outcome))))
                .isInstanceOfSatisfying(ProgrammeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.OUTCOME_DOES_NOT_ALLOW_PROGRAMME));
    }

    @Test
    void anUnknownPublishedOutcomeIsReadAsUnrecognised() {
        assertThat(Outcome.read("PROCEED")).isEqualTo(Outcome.PROCEED);
        assertThat(Outcome.read("SOMETHING_NEW")).isEqualTo(Outcome.UNRECOGNISED);
        assertThat(Outcome.read(null)).isEqualTo(Outcome.UNRECOGNISED);
    }

    @Test
    void raceDateEndsTheScheduleOnRaceDayWithALighterRaceWeek() {
        var race = LocalDate.of(2025, 4, 27); // a Sunday, normally a strength day
        var plan = PlanGenerator.generate(new PlanRequest(assessment(Outcome.PROCEED), library(), RUN_DAYS, LONDON,
                START, Optional.of(race)));

        assertThat(plan.end()).isEqualTo(race);
        assertThat(plan.sessionOn(race.plusDays(1))).isEmpty();
        assertThat(plan.sessionOn(race)).hasValueSatisfying(raceDay -> {
            assertThat(raceDay.raceDay()).isTrue();
            assertThat(raceDay.run()).isTrue();
            assertThat(raceDay.strength()).isFalse();
            assertThat(raceDay.elements()).extracting(scheduled -> scheduled.element().occasion())
                    .containsOnly(Occasion.PRE_RUN, Occasion.POST_RUN).contains(Occasion.PRE_RUN, Occasion.POST_RUN);
        });
        var raceWeekStrength = plan.sessionOn(race.minusDays(4)).orElseThrow(); // Wednesday of race week
        assertThat(raceWeekStrength.elements()).filteredOn(scheduled -> scheduled.element().occasion() == Occasion.STRENGTH_DAY)
                .isNotEmpty()
                .allSatisfy(scheduled -> {
                    assertThat(scheduled.lighter()).isTrue();
                    assertThat(scheduled.reasons()).contains(Reason.RACE_WEEK_LIGHTER);
                });
        var weekBefore = plan.sessionOn(race.minusDays(11)).orElseThrow();
        assertThat(weekBefore.elements()).noneMatch(ScheduledElement::lighter);
    }

    @Test
    void aRaceDateNotAfterTheStartIsRefused() {
        assertThatThrownBy(() -> PlanGenerator.generate(new PlanRequest(assessment(Outcome.PROCEED), library(),
                RUN_DAYS, LONDON, START, Optional.of(START))))
                .isInstanceOfSatisfying(ProgrammeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.RACE_DATE_NOT_AFTER_START));
    }

    @Test
    void noPreferredRunningDayIsRefused() {
        assertThatThrownBy(() -> PlanGenerator.generate(new PlanRequest(assessment(Outcome.PROCEED), library(),
                Set.of(), LONDON, START, Optional.empty())))
                .isInstanceOfSatisfying(ProgrammeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.NO_RUNNING_DAYS));
    }

    @Test
    void aRunnerWhoRunsSixDaysSharesStrengthWithARunDay() {
        var sixDays = EnumSet.complementOf(EnumSet.of(DayOfWeek.MONDAY));
        var plan = PlanGenerator.generate(new PlanRequest(assessment(Outcome.PROCEED), library(), sixDays, LONDON,
                START, Optional.empty()));

        assertThat(plan.strengthDays()).hasSize(2).contains(DayOfWeek.MONDAY);
        var shared = plan.strengthDays().stream().filter(sixDays::contains).findFirst().orElseThrow();
        var session = plan.sessionOn(START.with(java.time.temporal.TemporalAdjusters.nextOrSame(shared))).orElseThrow();
        assertThat(session.run()).isTrue();
        assertThat(session.elements()).filteredOn(scheduled -> scheduled.element().occasion() == Occasion.STRENGTH_DAY)
                .allSatisfy(scheduled -> assertThat(scheduled.reasons()).contains(Reason.STRENGTH_ON_RUN_DAY));
    }

    @Test
    void theStoredPlanKeepsItsOwnCopyOfEveryExerciseItMayProgressTo() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED)));

        // dead-bug progresses to front-plank, which progresses to side-plank; clam leads to the step-up
        assertThat(plan.exercises()).containsKeys("dead-bug", "front-plank", "side-plank", "neutral-pelvis-step-up");
        assertThat(plan.scheduledExerciseIds()).doesNotContain("front-plank");
    }

    static Stream<Arguments> profilesAndFirstDays() {
        return Stream.of(Arguments.of(new Factor[0], RUN_DAYS),
                Arguments.of(new Factor[] {Factor.STRENGTH, Factor.FATIGUE, Factor.TECHNIQUE}, RUN_DAYS),
                Arguments.of(new Factor[] {Factor.HABIT, Factor.FATIGUE}, EnumSet.of(DayOfWeek.SUNDAY)),
                Arguments.of(new Factor[] {Factor.STRENGTH}, EnumSet.allOf(DayOfWeek.class)));
    }

    @ParameterizedTest
    @MethodSource("profilesAndFirstDays")
    void theSameRoutinesLaidOnOtherDaysAreWhatPlanningThoseDaysGives(Factor[] factors, Set<DayOfWeek> firstDays) {
        var plan = PlanGenerator.generate(new PlanRequest(assessment(Outcome.PROCEED, factors), library(), firstDays,
                LONDON, START, Optional.empty()));
        var from = START.plusDays(10);

        for (var days : everyChoiceOfDays()) {
            var planned = PlanGenerator.generate(new PlanRequest(assessment(Outcome.PROCEED, factors), library(), days,
                    LONDON, START, Optional.empty()));

            var rescheduled = plan.rescheduled(from, days);

            var expected = days.equals(firstDays) ? plan.firstTemplate()
                    : new WeekTemplate(from, planned.runDays(), planned.strengthDays(), planned.week());
            assertThat(rescheduled.templateOn(from)).as(days.toString()).isEqualTo(expected);
            assertThat(rescheduled.templateOn(from.minusDays(1))).isEqualTo(plan.firstTemplate());
            assertThat(rescheduled.scheduledExerciseIds()).isEqualTo(planned.scheduledExerciseIds());
        }
    }

    @Test
    void aChangeBeforeTheStartOrAfterTheEndOrWithoutDaysLeavesThePlanAsItIs() {
        var plan = PlanGenerator.generate(request(assessment(Outcome.PROCEED)));
        var monday = EnumSet.of(DayOfWeek.MONDAY);

        assertThat(plan.rescheduled(START.minusDays(1), monday)).isSameAs(plan);
        assertThat(plan.rescheduled(plan.end().plusDays(1), monday)).isSameAs(plan);
        assertThat(plan.rescheduled(START.plusDays(3), Set.of())).isSameAs(plan);
        assertThat(plan.rescheduled(plan.end(), monday).templateOn(plan.end()).runDays()).containsExactly(DayOfWeek.MONDAY);
    }

    private static List<Set<DayOfWeek>> everyChoiceOfDays() {
        var choices = new java.util.ArrayList<Set<DayOfWeek>>();
        for (var mask = 1; mask < 1 << 7; mask++) {
            var days = EnumSet.noneOf(DayOfWeek.class);
            for (var day : DayOfWeek.values()) {
                if ((mask & 1 << (day.getValue() - 1)) != 0) {
                    days.add(day);
                }
            }
            choices.add(days);
        }
        return choices;
    }
}
