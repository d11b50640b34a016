package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.LONDON;
import static io.backstride.programme.domain.Fixtures.START;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backstride.programme.domain.Fixtures;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.DecisionWithdrawn;
import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.event.RunSpikeFlagged;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.Problem;
import io.backstride.programme.domain.rules.Decision;
import io.backstride.programme.domain.rules.RuleRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RL-1 for planned runs (clinical-rules §4): the check, its idempotency, its bounds and what may ask for it. */
class PlannedRunCheckTest {

    /** Noon of programme day 40, in week 6 of 12. */
    private static final int TODAY = 40;
    private static final Clock CLOCK = Clock.fixed(START.plusDays(TODAY).atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    private static final LocalDate IN_TWO_DAYS = START.plusDays(TODAY + 2);

    private static Programme withRuns(io.backstride.programme.domain.log.RunLog... runs) {
        var programme = programme(Outcome.PROCEED);
        for (var run : runs) {
            programme.record(run, CLOCK);
        }
        programme.pullEvents();
        return programme;
    }

    private static PlannedRun checked(PlannedRunResult result) {
        assertThat(result).isInstanceOf(PlannedRunResult.Checked.class);
        return ((PlannedRunResult.Checked) result).check();
    }

    private static List<ProgrammeEvent> events(PlannedRunResult result) {
        return ((PlannedRunResult.Checked) result).events();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", textBlock = """
            # case,                                      run on day, metres, planned for day, planned, flagged, longest, limit
            under the limit,                                     30,   5000,              42,    5400,   false,    5000,  5500
            exactly 10 % longer,                                 30,   5000,              42,    5500,   false,    5000,  5500
            just over 10 % longer,                               30,   5000,              42,    5501,    true,    5000,  5500
            a limit that is no whole number,                     30,   5432,              42,    5976,    true,    5432,  5975
            no run in the 30 days before,                      none,   none,              42,   21000,   false,    none,  none
            a run 31 days before does not count,                 11,   5000,              42,    8000,   false,    none,  none
            a run 30 days before counts,                         12,   5000,              42,    8000,    true,    5000,  5500
            a run earlier on the planned day does not count,     40,   5000,              40,    8000,   false,    none,  none
            """)
    void aPlannedRunMoreThanTenPercentLongerThanTheLongestOfThe30DaysBeforeItsDayIsFlagged(
            String description, Integer runDay, Integer runMetres, int plannedDay, int plannedMetres, boolean flagged,
            Integer longest, Integer limit) {
        var programme = runDay == null ? withRuns() : withRuns(run("r1", runDay, runMetres, 1));
        var date = START.plusDays(plannedDay);

        var result = programme.checkPlannedRun("plan-1", date, plannedMetres, CLOCK);

        var check = checked(result);
        assertThat(((PlannedRunResult.Checked) result).again()).isFalse();
        assertThat(check.flagged()).isEqualTo(flagged);
        assertThat(check.longestPrevious30DaysMetres()).isEqualTo(longest);
        assertThat(check.limitMetres()).isEqualTo(limit);
        assertThat(check).extracting(PlannedRun::plannedRunId, PlannedRun::date, PlannedRun::distanceMetres,
                PlannedRun::checkedAt).containsExactly("plan-1", date, plannedMetres, CLOCK.instant());
        if (flagged) {
            assertThat(events(result)).singleElement().isInstanceOfSatisfying(RunSpikeFlagged.class, spike -> {
                assertThat(spike.planned()).isTrue();
                assertThat(spike.runId()).isEqualTo("plan-1");
                assertThat(spike.distanceMetres()).isEqualTo(plannedMetres);
                assertThat(spike.longestPrevious30DaysMetres()).isEqualTo(longest);
                assertThat(spike.rule()).isEqualTo(new RuleRef("RL-1", 1));
                assertThat(spike.inputs().logIds()).containsExactly("plan-1", "r1");
                assertThat(spike.decisionId()).isEqualTo(check.flag().orElseThrow().id());
            });
        } else {
            assertThat(events(result)).isEmpty();
        }
        assertThat(programme.history()).as("a planned run is not in the decision history").isEmpty();
        assertThat(programme.plannedRuns(START)).containsExactly(check);
    }

    @Test
    void theSamePlanCheckedAgainAnswersTheStoredResultAndPublishesNothing() {
        var programme = withRuns(run("r1", 30, 5000, 1));
        var first = checked(programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK));
        programme.pullEvents();
        programme.record(run("r2", 39, 9000, 1), CLOCK);
        programme.pullEvents();

        var again = programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, Clock.offset(CLOCK, java.time.Duration.ofHours(1)));

        assertThat(checked(again)).as("the stored answer, not a new check").isEqualTo(first);
        assertThat(((PlannedRunResult.Checked) again).again()).isTrue();
        assertThat(events(again)).isEmpty();
        assertThat(programme.pullEvents()).isEmpty();
        assertThat(programme.plannedRuns(START)).containsExactly(first);
    }

    @Test
    void theSamePlanAlwaysGetsTheSameDecisionIdAndAChangedPlanAnotherOne() {
        var one = withRuns(run("r1", 30, 5000, 1));
        var other = withRuns(run("r1", 30, 5000, 1));

        var flag = checked(one.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK)).flag().orElseThrow();
        var same = checked(other.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK)).flag().orElseThrow();
        var longer = checked(other.checkPlannedRun("plan-1", IN_TWO_DAYS, 9000, CLOCK)).flag().orElseThrow();
        var later = checked(other.checkPlannedRun("plan-1", IN_TWO_DAYS.plusDays(1), 9000, CLOCK)).flag().orElseThrow();

        assertThat(same.id()).isEqualTo(flag.id());
        assertThat(List.of(flag.id(), longer.id(), later.id())).doesNotHaveDuplicates();
        assertThat(flag.id()).doesNotContain("/r1").isNotEqualTo("RL-1/running/plan-1");
    }

    @Test
    void aChangedDistanceWithdrawsTheOldFlagAndFlagsTheNewPlan() {
        var programme = withRuns(run("r1", 30, 5000, 1));
        var first = checked(programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK));
        programme.pullEvents();

        var result = programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 9000, CLOCK);

        var second = checked(result);
        assertThat(events(result)).hasSize(2);
        assertThat(events(result).getFirst()).isInstanceOfSatisfying(DecisionWithdrawn.class, withdrawn -> {
            assertThat(withdrawn.decisionId()).isEqualTo(first.flag().orElseThrow().id());
            assertThat(withdrawn.becauseOfLogId()).isEqualTo("plan-1");
        });
        assertThat(events(result).get(1)).isInstanceOfSatisfying(RunSpikeFlagged.class, spike -> {
            assertThat(spike.decisionId()).isEqualTo(second.flag().orElseThrow().id())
                    .isNotEqualTo(first.flag().orElseThrow().id());
            assertThat(spike.distanceMetres()).isEqualTo(9000);
            assertThat(spike.planned()).isTrue();
        });
        assertThat(programme.pullEvents()).isEqualTo(events(result));
        assertThat(programme.plannedRuns(START)).containsExactly(second);
    }

    @Test
    void aPlanShortenedUnderTheLimitWithdrawsItsFlagAndALengthenedOneIsFlagged() {
        var programme = withRuns(run("r1", 30, 5000, 1));
        var flagged = checked(programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK));

        var shortened = programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 5000, CLOCK);
        var lengthened = programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK);

        assertThat(checked(shortened).flagged()).isFalse();
        assertThat(events(shortened)).singleElement().isInstanceOfSatisfying(DecisionWithdrawn.class,
                withdrawn -> assertThat(withdrawn.decisionId()).isEqualTo(flagged.flag().orElseThrow().id()));
        assertThat(events(lengthened)).singleElement().isInstanceOfSatisfying(RunSpikeFlagged.class,
                spike -> assertThat(spike.decisionId()).as("the same plan again: the same decision")
                        .isEqualTo(flagged.flag().orElseThrow().id()));
    }

    @Test
    void aLaterLogReevaluatingTheProgrammeDoesNotWithdrawAPlannedRunFlag() {
        var programme = withRuns(run("r1", 30, 5000, 1));
        var flagged = checked(programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK));
        programme.pullEvents();
        var slot = programme.plan().scheduledExerciseIds().getFirst();

        programme.record(session("s1", 38, slot, Level.BASE, 2, 1), CLOCK);
        programme.record(run("r2", 39, 4000, 6), CLOCK);
        programme.record(run("late", 20, 3000, 1), CLOCK);

        assertThat(programme.pullEvents()).noneMatch(DecisionWithdrawn.class::isInstance)
                .noneMatch(event -> event instanceof RunSpikeFlagged spike && spike.planned());
        assertThat(programme.plannedRuns(START)).containsExactly(flagged);
        var restored = Programme.restore(programme.state(), programme.buckets());
        restored.record(run("r3", 40, 4000, 1), CLOCK);
        assertThat(restored.pullEvents()).noneMatch(DecisionWithdrawn.class::isInstance);
        assertThat(restored.plannedRuns(START)).containsExactly(flagged);
    }

    @Test
    void theProgrammeKeepsAtMost100PlannedRunsDroppingTheOldest() {
        var programme = withRuns(run("r1", 30, 5000, 1));
        for (var i = 0; i <= ProgrammeState.MAX_PLANNED_RUNS; i++) {
            programme.checkPlannedRun("plan-" + i, IN_TWO_DAYS, 5000 + i, CLOCK);
        }

        var kept = programme.plannedRuns(START);
        assertThat(kept).hasSize(ProgrammeState.MAX_PLANNED_RUNS);
        assertThat(kept.getFirst().plannedRunId()).isEqualTo("plan-1");
        assertThat(kept.getLast().plannedRunId()).isEqualTo("plan-100");
        assertThat(programme.state().plannedRuns()).isEqualTo(kept);

        programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 4000, CLOCK);
        assertThat(programme.plannedRuns(START).getLast().plannedRunId()).as("a changed plan is the newest").isEqualTo("plan-1");
        assertThat(programme.plannedRuns(START)).hasSize(ProgrammeState.MAX_PLANNED_RUNS);
    }

    @Test
    void onlyPlannedRunsFromTheGivenDayOnAreListed() {
        var programme = withRuns();
        programme.checkPlannedRun("today", START.plusDays(TODAY), 5000, CLOCK);
        programme.checkPlannedRun("later", IN_TWO_DAYS, 5000, CLOCK);

        assertThat(programme.plannedRuns(START.plusDays(TODAY + 1))).extracting(PlannedRun::plannedRunId)
                .containsExactly("later");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", textBlock = """
            # case,                       id,   day after start, metres, field,         code
            no id,                        none,              42,   5000, plannedRunId,  REQUIRED
            a blank id,                   ' ',               42,   5000, plannedRunId,  REQUIRED
            no date,                      p1,              none,   5000, date,          REQUIRED
            yesterday,                    p1,                39,   5000, date,          IN_PAST
            after the programme's end,    p1,                84,   5000, date,          AFTER_PROGRAMME_END
            no distance,                  p1,                42,   none, distanceMetres, REQUIRED
            a distance of zero,           p1,                42,      0, distanceMetres, MUST_BE_POSITIVE
            a negative distance,          p1,                42,    -10, distanceMetres, MUST_BE_POSITIVE
            """)
    void badInputIsRejectedNamingTheFieldAndNothingIsKept(String description, String id, Integer day, Integer metres,
                                                          String field, String code) {
        var programme = withRuns(run("r1", 30, 5000, 1));

        var result = programme.checkPlannedRun(id, day == null ? null : START.plusDays(day), metres, CLOCK);

        assertThat(result).isInstanceOfSatisfying(PlannedRunResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Problem::field, Problem::code).containsExactly(tuple(field, code)));
        assertThat(programme.plannedRuns(START)).isEmpty();
        assertThat(programme.pullEvents()).isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnceAndTheProgrammesLastDayIsAllowed() {
        var programme = withRuns();

        var result = programme.checkPlannedRun("", START.minusDays(1), -1, CLOCK);

        assertThat(result).isInstanceOfSatisfying(PlannedRunResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("plannedRunId", "date", "distanceMetres"));
        assertThat(programme.checkPlannedRun("last", programme.plan().end(), 5000, CLOCK))
                .isInstanceOf(PlannedRunResult.Checked.class);
    }

    @Test
    void aSuspendedCompletedOrSupersededProgrammeRefusesToCheck() {
        var suspended = withRuns(run("r1", 36, 3000, 7), run("r2", 37, 3000, 7), run("r3", 38, 3000, 7));
        assertThat(suspended.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
        var completed = withRuns();
        completed.completeIfOver(Fixtures.CLOCK.instant());
        var superseded = withRuns();
        Programme.plan("programme-2", Fixtures.request(new io.backstride.programme.domain.assessment.CompletedAssessment(
                "assessment-2", "runner-1", Outcome.PROCEED, io.backstride.programme.domain.assessment.FactorProfile
                .balanced(), Fixtures.ASSESSED_AT.plusSeconds(60))), Optional.of(superseded), Fixtures.ASSESSED_AT);

        for (var programme : List.of(suspended, completed, superseded)) {
            programme.pullEvents();
            assertThat(programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK))
                    .isEqualTo(new PlannedRunResult.NotActive(programme.status()));
            assertThat(programme.plannedRuns(START)).isEmpty();
            assertThat(programme.pullEvents()).isEmpty();
        }
        assertThat(List.of(suspended.status(), completed.status(), superseded.status())).containsExactly(
                ProgrammeStatus.SUSPENDED, ProgrammeStatus.COMPLETED, ProgrammeStatus.SUPERSEDED);
    }

    @Test
    void aStoredCheckComesBackWithTheProgrammesState() {
        var programme = withRuns(run("r1", 30, 5000, 1));
        programme.checkPlannedRun("plan-1", IN_TWO_DAYS, 8000, CLOCK);
        programme.checkPlannedRun("plan-2", IN_TWO_DAYS, 5000, CLOCK);

        var restored = Programme.restore(programme.state(), programme.buckets());

        assertThat(restored.plannedRuns(START)).isEqualTo(programme.plannedRuns(START))
                .extracting(PlannedRun::flagged).containsExactly(true, false);
        assertThat(restored.plannedRuns(START).getFirst().flag()).get().extracting(Decision::triggerId)
                .isEqualTo("plan-1");
    }
}
