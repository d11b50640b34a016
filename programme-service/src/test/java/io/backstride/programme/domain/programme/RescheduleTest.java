package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.LONDON;
import static io.backstride.programme.domain.Fixtures.RUN_DAYS;
import static io.backstride.programme.domain.Fixtures.START;
import static io.backstride.programme.domain.Fixtures.assessment;
import static io.backstride.programme.domain.Fixtures.library;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.Fixtures;
import io.backstride.programme.domain.assessment.CompletedAssessment;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.FactorProfile;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.ProgrammeRescheduled;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.plan.PlanGenerator;
import io.backstride.programme.domain.plan.PlanRequest;
import io.backstride.programme.domain.plan.ProgrammePlan;
import io.backstride.programme.domain.plan.Reason;
import io.backstride.programme.domain.plan.ScheduledElement;
import java.time.Clock;
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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A runner who changes their running days mid-programme: from tomorrow in the programme's time zone the same routines
 * fall on the new days exactly as planning lays them; today and the days before keep what they held.
 */
class RescheduleTest {

    /** A Sunday, eight weeks in: the programme ends on race day. */
    private static final LocalDate RACE = START.plusDays(55);

    /** 18:00 in London on the given day of the programme (day 0 is the start, a Monday). */
    private static Clock onDay(int day) {
        return Clock.fixed(Fixtures.day(day), LONDON);
    }

    private static Programme planned(Optional<LocalDate> race, Factor... factors) {
        var programme = Programme.plan("programme-1", request(RUN_DAYS, race, factors), Optional.empty(),
                Fixtures.ASSESSED_AT);
        programme.pullEvents();
        return programme;
    }

    private static PlanRequest request(Set<DayOfWeek> runDays, Optional<LocalDate> race, Factor... factors) {
        return new PlanRequest(assessment(Outcome.PROCEED, factors), library(), runDays, LONDON, START, race);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("Tue/Thu/Sat to Mon/Wed/Fri on a Wednesday", 9, EnumSet.of(MONDAY, WEDNESDAY, FRIDAY),
                        Optional.empty(), new Factor[0]),
                Arguments.of("on the first day, to Sundays only, three strength days", 0, EnumSet.of(SUNDAY),
                        Optional.empty(), new Factor[] {Factor.STRENGTH}),
                Arguments.of("to six days, strength shares a run day, before race week", 30,
                        EnumSet.complementOf(EnumSet.of(MONDAY)), Optional.of(RACE),
                        new Factor[] {Factor.FATIGUE, Factor.TECHNIQUE}),
                Arguments.of("in race week: the lighter strength work moves with the days", 50,
                        EnumSet.of(TUESDAY, FRIDAY), Optional.of(RACE), new Factor[0]),
                Arguments.of("to every day, on a Saturday", 5, EnumSet.allOf(DayOfWeek.class), Optional.empty(),
                        new Factor[] {Factor.HABIT}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void daysUpToTodayKeepTheirSessionsAndLaterDaysAreLaidAsPlanningLaysTheNewDays(
            String change, int today, Set<DayOfWeek> newDays, Optional<LocalDate> race, Factor[] factors) {
        var programme = planned(race, factors);
        var before = programme.plan();
        var planningTheNewDays = PlanGenerator.generate(request(newDays, race, factors));

        var result = programme.reschedule(newDays, onDay(today));

        assertThat(result).isInstanceOf(RescheduleResult.Rescheduled.class);
        var boundary = START.plusDays(today);
        for (var date = START.minusDays(3); !date.isAfter(before.end().plusDays(3)); date = date.plusDays(1)) {
            var expected = date.isAfter(boundary) ? planningTheNewDays.sessionOn(date) : before.sessionOn(date);
            assertThat(programme.plan().sessionOn(date)).as(change + ": " + date).isEqualTo(expected);
        }
        assertThat(programme.plan().templateOn(boundary.plusDays(1)).strengthDays())
                .as("strength days follow the new run days").isEqualTo(planningTheNewDays.strengthDays());
    }

    @Test
    void raceWeekStrengthWorkStaysLighterOnTheNewDays() {
        var programme = planned(Optional.of(RACE));

        programme.reschedule(EnumSet.of(MONDAY, FRIDAY), onDay(48));

        var raceWeekStrength = programme.plan().templateOn(RACE).strengthDays().stream()
                .map(day -> RACE.minusDays(6).with(java.time.temporal.TemporalAdjusters.nextOrSame(day)))
                .filter(date -> date.isBefore(RACE.minusDays(1))).toList();
        assertThat(raceWeekStrength).isNotEmpty().allSatisfy(date -> assertThat(programme.plan().sessionOn(date))
                .hasValueSatisfying(session -> assertThat(session.elements()).filteredOn(ScheduledElement::lighter)
                        .isNotEmpty().allSatisfy(scheduled -> assertThat(scheduled.reasons())
                                .contains(Reason.RACE_WEEK_LIGHTER))));
        assertThat(programme.plan().sessionOn(RACE)).hasValueSatisfying(raceDay -> {
            assertThat(raceDay.raceDay()).isTrue();
            assertThat(raceDay.run()).isTrue();
            assertThat(raceDay.strength()).isFalse();
        });
    }

    @Test
    void theEventCarriesTheNewTemplateFromTomorrow() {
        var programme = planned(Optional.empty());
        var clock = onDay(9);

        var result = (RescheduleResult.Rescheduled) programme.reschedule(EnumSet.of(FRIDAY, MONDAY, WEDNESDAY), clock);

        var template = programme.plan().templateOn(START.plusDays(10));
        assertThat(result.event()).isEqualTo(new ProgrammeRescheduled("programme-1", START.plusDays(10),
                List.of(MONDAY, WEDNESDAY, FRIDAY), template.strengthDays(), template.week(), clock.instant()));
        assertThat(template.strengthDays()).doesNotContainAnyElementsOf(List.of(MONDAY, WEDNESDAY, FRIDAY));
        assertThat(programme.pullEvents()).containsExactly(result.event());
    }

    @Test
    void theSameDaysNoDayOrAChangeAfterTheLastDayChangeNothingAndPublishNothing() {
        var programme = planned(Optional.empty());
        var plan = programme.plan();

        assertThat(programme.reschedule(EnumSet.of(SATURDAY, TUESDAY, DayOfWeek.THURSDAY), onDay(9)))
                .isEqualTo(new RescheduleResult.Unchanged());
        assertThat(programme.reschedule(Set.of(), onDay(9))).isEqualTo(new RescheduleResult.Unchanged());
        assertThat(programme.reschedule(EnumSet.of(MONDAY), onDay((int) java.time.temporal.ChronoUnit.DAYS
                .between(START, plan.end())))).as("on the last day: tomorrow is after the end")
                .isEqualTo(new RescheduleResult.Unchanged());

        assertThat(programme.plan()).isEqualTo(plan);
        assertThat(programme.pullEvents()).isEmpty();
    }

    @Test
    void aSuspendedCompletedOrSupersededProgrammeKeepsItsDays() {
        var suspended = planned(Optional.empty());
        List.of(run("r1", 1, 3000, 7), run("r2", 2, 3000, 7), run("r3", 3, 3000, 7))
                .forEach(painful -> suspended.record(painful, onDay(4)));
        var completed = planned(Optional.empty());
        completed.completeIfOver(Fixtures.CLOCK.instant());
        var superseded = planned(Optional.empty());
        Programme.plan("programme-2", Fixtures.request(new CompletedAssessment("assessment-2", "runner-1",
                Outcome.PROCEED, FactorProfile.balanced(), Fixtures.ASSESSED_AT.plusSeconds(60))),
                Optional.of(superseded), Fixtures.ASSESSED_AT);

        for (var programme : List.of(suspended, completed, superseded)) {
            programme.pullEvents();
            var plan = programme.plan();
            assertThat(programme.reschedule(EnumSet.of(MONDAY), onDay(5))).isEqualTo(new RescheduleResult.Unchanged());
            assertThat(programme.plan()).isEqualTo(plan);
            assertThat(programme.pullEvents()).isEmpty();
        }
        assertThat(List.of(suspended.status(), completed.status(), superseded.status())).containsExactly(
                ProgrammeStatus.SUSPENDED, ProgrammeStatus.COMPLETED, ProgrammeStatus.SUPERSEDED);
    }

    @Test
    void twoChangesInARowEachTakeTheirOwnDays() {
        var programme = planned(Optional.empty());
        var original = programme.plan();

        programme.reschedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), onDay(9));
        programme.reschedule(EnumSet.of(SATURDAY, SUNDAY), onDay(20));

        assertThat(programme.plan().reschedules()).extracting(template -> template.effectiveFrom())
                .containsExactly(START.plusDays(10), START.plusDays(21));
        assertThat(programme.pullEvents()).hasSize(2);
        assertThat(runDaysOfWeek(programme, 2)).as("week 2: Tue before the change, Fri after")
                .containsExactly(TUESDAY, FRIDAY);
        assertThat(runDaysOfWeek(programme, 3)).as("week 3 ends on the day of the second change")
                .containsExactly(MONDAY, WEDNESDAY, FRIDAY);
        assertThat(runDaysOfWeek(programme, 4)).containsExactly(SATURDAY, SUNDAY);
        assertThat(programme.plan().sessionOn(START.plusDays(5))).isEqualTo(original.sessionOn(START.plusDays(5)));
    }

    @Test
    void aSecondChangeOnTheSameDayReplacesTheFirstAndGoingBackRemovesIt() {
        var programme = planned(Optional.empty());
        var original = programme.plan();

        programme.reschedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), onDay(9));
        programme.reschedule(EnumSet.of(TUESDAY, FRIDAY), onDay(9));

        assertThat(programme.plan().reschedules()).singleElement()
                .satisfies(template -> assertThat(template.runDays()).containsExactlyInAnyOrder(TUESDAY, FRIDAY));

        var back = programme.reschedule(RUN_DAYS, onDay(9));

        assertThat(back).isInstanceOf(RescheduleResult.Rescheduled.class);
        assertThat(programme.plan()).isEqualTo(original);
        assertThat(programme.pullEvents()).extracting(event -> ((ProgrammeRescheduled) event).runDays())
                .containsExactly(List.of(MONDAY, WEDNESDAY, FRIDAY), List.of(TUESDAY, FRIDAY),
                        List.of(TUESDAY, DayOfWeek.THURSDAY, SATURDAY));
    }

    @Test
    void aProgrammeTakesAtMostTwentyChangesOfDaysThenKeepsItsDays() {
        var programme = planned(Optional.empty());
        for (var day = 1; day <= ProgrammePlan.MAX_RESCHEDULES; day++) {
            programme.reschedule(day % 2 == 0 ? RUN_DAYS : EnumSet.of(MONDAY, FRIDAY), onDay(day));
        }
        var plan = programme.plan();
        programme.pullEvents();

        assertThat(plan.reschedules()).hasSize(ProgrammePlan.MAX_RESCHEDULES);
        assertThat(programme.reschedule(EnumSet.of(SUNDAY), onDay(30)))
                .isEqualTo(new RescheduleResult.TooManyReschedules(ProgrammePlan.MAX_RESCHEDULES));
        assertThat(programme.plan()).isEqualTo(plan);
        assertThat(programme.pullEvents()).isEmpty();
        assertThat(programme.reschedule(EnumSet.of(SUNDAY), onDay(ProgrammePlan.MAX_RESCHEDULES)))
                .as("the same day's change replaces the last one").isInstanceOf(RescheduleResult.Rescheduled.class);
    }

    @Test
    void logsLevelsDecisionsAndPastAdherenceStayAsTheyWere() {
        var programme = programme(Outcome.PROCEED);
        var slot = programme.plan().scheduledExerciseIds().getFirst();
        var today = onDay(12);
        programme.record(session("s1", 2, slot, Level.BASE, 2, 1), today);
        programme.record(session("s2", 6, slot, Level.BASE, 2, 1), today);
        programme.record(run("r1", 1, 5000, 1), today);
        programme.record(run("r2", 10, 5000, 1), today);
        programme.pullEvents();
        var positions = programme.positions();
        var history = programme.history();
        var logs = programme.logs();
        var adherence = programme.adherence(START.plusDays(12));

        programme.reschedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), today);

        assertThat(programme.positions()).isEqualTo(positions);
        assertThat(programme.history()).isEqualTo(history);
        assertThat(programme.logs()).isEqualTo(logs);
        var after = programme.adherence(START.plusDays(12));
        assertThat(after.weeks().getFirst()).as("a finished week").isEqualTo(adherence.weeks().getFirst());
        assertThat(after.weeks().get(1)).as("this week: Tue, Thu, Sat runs and the Wednesday strength session up to "
                + "today; Sunday is no strength day on Mon/Wed/Fri").isEqualTo(new WeekAdherence(2, START.plusDays(7),
                3, 1, 1, 0));
        assertThat(programme.plan().weeks()).isEqualTo(12);
        assertThat(programme.sessionsOfWeek(4)).filteredOn(PlannedSession::run).extracting(PlannedSession::date)
                .extracting(LocalDate::getDayOfWeek).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
        assertThat(programme.sessionsOfWeek(4)).flatExtracting(PlannedSession::exercises)
                .filteredOn(exercise -> exercise.slot().equals(slot))
                .allSatisfy(exercise -> assertThat(exercise.level()).isEqualTo(programme.levelOf(slot)));
        assertThat(programme.adherence(START.plusDays(30)).weeks().get(3).plannedRuns())
                .as("a later week counts the new days").isEqualTo(3);
    }

    @Test
    void aRescheduledProgrammeComesBackFromItsState() {
        var programme = planned(Optional.empty());
        programme.reschedule(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), onDay(9));

        var restored = Programme.restore(programme.state(), programme.buckets());

        assertThat(restored.plan()).isEqualTo(programme.plan());
        assertThat(restored.sessionsOfWeek(5)).isEqualTo(programme.sessionsOfWeek(5));
    }

    private static List<DayOfWeek> runDaysOfWeek(Programme programme, int week) {
        return programme.sessionsOfWeek(week).stream().filter(PlannedSession::run)
                .map(session -> session.date().getDayOfWeek()).toList();
    }
}
