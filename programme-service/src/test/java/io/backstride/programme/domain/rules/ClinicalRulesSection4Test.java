package io.backstride.programme.domain.rules;

import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.day;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.Fixtures;
import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.EscalationRaised;
import io.backstride.programme.domain.event.ExerciseFlagged;
import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.event.ProgressionApplied;
import io.backstride.programme.domain.event.RegressionApplied;
import io.backstride.programme.domain.event.RuleDecisionEvent;
import io.backstride.programme.domain.event.RunSpikeFlagged;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.programme.PlannedRunResult;
import io.backstride.programme.domain.programme.Programme;
import io.backstride.programme.domain.programme.ProgrammeStatus;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of clinical-rules §4: a case that fires it and a case that does not. */
class ClinicalRulesSection4Test {

    private static final String DEAD_BUG = "dead-bug";

    private static List<ProgrammeEvent> record(Programme programme, Log... logs) {
        programme.pullEvents();
        Arrays.stream(logs).forEach(log -> programme.record(log, CLOCK));
        return programme.pullEvents();
    }

    private static List<RuleDecisionEvent> decisionsBy(List<ProgrammeEvent> events, RuleId rule) {
        return events.stream().filter(RuleDecisionEvent.class::isInstance).map(RuleDecisionEvent.class::cast)
                .filter(event -> event.rule().id().equals(rule.code())).toList();
    }

    private static List<Decision> firedInReplay(Programme programme, RuleId rule) {
        return programme.decisions().stream().filter(decision -> decision.rule().id().equals(rule.code())).toList();
    }

    @Test
    void theTableHasEveryRuleOnceWithAVersionAndADescription() {
        var table = RuleTable.V1;

        assertThat(table.rules()).extracting(Rule::id).containsExactlyInAnyOrder(RuleId.values());
        assertThat(table.rules()).allSatisfy(rule -> {
            assertThat(rule.version()).isPositive();
            assertThat(rule.description()).isNotBlank();
        });
        assertThat(table.rules()).extracting(rule -> rule.id().code()).doesNotHaveDuplicates();
    }

    @Nested
    class PainMonitoring {

        @ParameterizedTest(name = "pain {0} is {1}")
        @CsvSource({"0, SAFE", "3, SAFE", "4, ACCEPTABLE", "5, ACCEPTABLE", "6, NOT_ACCEPTABLE", "10, NOT_ACCEPTABLE"})
        void painDuringActivityReadsByBand(int pain, PainBand band) {
            assertThat(RuleTable.V1.thresholds().band(pain)).isEqualTo(band);
        }

        @Test
        void nextMorningPainThatHasNotSettledEasesTheRunningLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 2, 4));

            assertThat(decisionsBy(events, RuleId.MORNING_NOT_SETTLED)).singleElement()
                    .isInstanceOfSatisfying(RegressionApplied.class, eased -> {
                        assertThat(eased.subject()).isEqualTo(Subject.running());
                        assertThat(eased.to().level()).isEqualTo(Level.EASIER);
                        assertThat(eased.inputs().values()).containsEntry("nextMorningPain", 4);
                    });
            assertThat(programme.runningLoad()).isEqualTo(Level.EASIER);
        }

        @Test
        void nextMorningPainInTheSafeBandHasSettled() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 2, 3));

            assertThat(decisionsBy(events, RuleId.MORNING_NOT_SETTLED)).isEmpty();
            assertThat(programme.runningLoad()).isEqualTo(Level.BASE);
        }

        @Test
        void aNextMorningWorseThanUsualEasesTheRunningLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 1, 1), run("r2", 3, 5_000, 1, 2));

            assertThat(decisionsBy(events, RuleId.MORNING_WORSE_THAN_USUAL)).singleElement()
                    .isInstanceOfSatisfying(RegressionApplied.class, eased -> assertThat(eased.inputs().values())
                            .containsEntry("usualNextMorningPain", 1.0).containsEntry("nextMorningPain", 2));
        }

        @Test
        void aNextMorningLikeUsualChangesNothing() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 1, 2), run("r2", 3, 5_000, 1, 2));

            assertThat(decisionsBy(events, RuleId.MORNING_WORSE_THAN_USUAL)).isEmpty();
            assertThat(programme.runningLoad()).isEqualTo(Level.BASE);
        }

        @Test
        void aRisingWeeklyTrendEasesTheRunningLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("w1", 1, 5_000, 1), run("w2", 8, 5_000, 2));

            assertThat(decisionsBy(events, RuleId.WEEKLY_TREND_RISING)).singleElement()
                    .isInstanceOfSatisfying(RegressionApplied.class, eased -> assertThat(eased.inputs().values())
                            .containsEntry("rise", 1.0).containsEntry("week", 2));
        }

        @Test
        void aFlatWeeklyTrendChangesNothing() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("w1", 1, 5_000, 2), run("w2", 8, 5_000, 2));

            assertThat(decisionsBy(events, RuleId.WEEKLY_TREND_RISING)).isEmpty();
        }
    }

    @Nested
    class ExerciseProgression {

        @Test
        void twoEasySessionsInARowWithAcceptablePainMoveToTheNextLevel() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 3, 2),
                    session("s2", 6, DEAD_BUG, Level.BASE, 4, 5));

            assertThat(decisionsBy(events, RuleId.EXERCISE_PROGRESS)).singleElement()
                    .isInstanceOfSatisfying(ProgressionApplied.class, progressed -> {
                        assertThat(progressed.from()).isEqualTo(new Position(DEAD_BUG, Level.BASE));
                        assertThat(progressed.to()).isEqualTo(new Position(DEAD_BUG, Level.HARDER));
                        assertThat(progressed.inputs().logIds()).containsExactly("s1", "s2");
                        assertThat(progressed.rule()).isEqualTo(new RuleRef("EX-1", 1));
                    });
            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.HARDER);
        }

        @Test
        void oneEasySessionIsNotEnough() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 3, 2));

            assertThat(decisionsBy(events, RuleId.EXERCISE_PROGRESS)).isEmpty();
            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.BASE);
        }

        @Test
        void easySessionsSplitByAModerateOneAreNotInARow() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 3, 2),
                    session("s2", 4, DEAD_BUG, Level.BASE, 6, 2), session("s3", 6, DEAD_BUG, Level.BASE, 3, 2));

            assertThat(decisionsBy(events, RuleId.EXERCISE_PROGRESS)).isEmpty();
        }

        @Test
        void moderateEffortHoldsTheLevel() {
            var programme = programme(Outcome.PROCEED);

            record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 6, 2));

            assertThat(firedInReplay(programme, RuleId.EXERCISE_HOLD)).singleElement()
                    .satisfies(hold -> assertThat(hold.kind()).isEqualTo(DecisionKind.HOLD));
            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.BASE);
        }

        @Test
        void easyEffortIsNoHold() {
            var programme = programme(Outcome.PROCEED);

            record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 4, 2));

            assertThat(firedInReplay(programme, RuleId.EXERCISE_HOLD)).isEmpty();
        }

        @Test
        void veryHighEffortStepsBackALevel() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 8, 2));

            assertThat(decisionsBy(events, RuleId.EXERCISE_REGRESS_EFFORT)).singleElement()
                    .isInstanceOfSatisfying(RegressionApplied.class,
                            regressed -> assertThat(regressed.to()).isEqualTo(new Position(DEAD_BUG, Level.EASIER)));
        }

        @Test
        void effortOfSevenIsNotVeryHigh() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 7, 2));

            assertThat(decisionsBy(events, RuleId.EXERCISE_REGRESS_EFFORT)).isEmpty();
            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.BASE);
        }

        @Test
        void painThatIsNotAcceptableStepsBackALevel() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 3, 6));

            assertThat(decisionsBy(events, RuleId.EXERCISE_REGRESS_PAIN)).singleElement()
                    .isInstanceOfSatisfying(RegressionApplied.class,
                            regressed -> assertThat(regressed.inputs().values()).containsEntry("painDuring", 6));
            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.EASIER);
        }

        @Test
        void acceptablePainDoesNotStepBack() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 3, 5));

            assertThat(decisionsBy(events, RuleId.EXERCISE_REGRESS_PAIN)).isEmpty();
        }

        @Test
        void atTheHardestLevelTheLibrarysProgressionLinkIsFollowed() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 1, DEAD_BUG, Level.BASE, 3, 1),
                    session("s2", 2, DEAD_BUG, Level.BASE, 3, 1), session("s3", 3, DEAD_BUG, Level.HARDER, 3, 1),
                    session("s4", 4, DEAD_BUG, Level.HARDER, 3, 1));

            assertThat(decisionsBy(events, RuleId.EXERCISE_TOP_LEVEL)).singleElement()
                    .isInstanceOfSatisfying(ProgressionApplied.class, progressed -> {
                        assertThat(progressed.from()).isEqualTo(new Position(DEAD_BUG, Level.HARDER));
                        assertThat(progressed.to()).isEqualTo(new Position("front-plank", Level.BASE));
                    });
            assertThat(programme.positions()).containsEntry(DEAD_BUG, new Position("front-plank", Level.BASE));
            assertThat(programme.sessionOn(Fixtures.START.plusDays(9)).orElseThrow().exercises())
                    .anySatisfy(exercise -> assertThat(exercise.exerciseId()).isEqualTo("front-plank"));
        }

        @Test
        void atTheHardestLevelWithoutALinkTheLevelHolds() {
            var programme = programme(Fixtures.libraryWithoutLinks(), Outcome.PROCEED);

            var events = record(programme, session("s1", 1, DEAD_BUG, Level.BASE, 3, 1),
                    session("s2", 2, DEAD_BUG, Level.BASE, 3, 1), session("s3", 3, DEAD_BUG, Level.HARDER, 3, 1),
                    session("s4", 4, DEAD_BUG, Level.HARDER, 3, 1));

            assertThat(decisionsBy(events, RuleId.EXERCISE_TOP_LEVEL)).isEmpty();
            assertThat(firedInReplay(programme, RuleId.EXERCISE_TOP_LEVEL)).singleElement()
                    .satisfies(hold -> assertThat(hold.kind()).isEqualTo(DecisionKind.HOLD));
            assertThat(programme.positions()).containsEntry(DEAD_BUG, new Position(DEAD_BUG, Level.HARDER));
        }

        @Test
        void aLinkToAnExerciseAlreadyInThePlanHolds() {
            // with strength emphasis front-plank has its own slot, so dead-bug cannot move into it
            var programme = programme(Outcome.PROCEED, Factor.STRENGTH);

            record(programme, session("s1", 1, DEAD_BUG, Level.BASE, 3, 1), session("s2", 2, DEAD_BUG, Level.BASE, 3, 1),
                    session("s3", 3, DEAD_BUG, Level.HARDER, 3, 1), session("s4", 4, DEAD_BUG, Level.HARDER, 3, 1));

            assertThat(programme.positions()).containsEntry(DEAD_BUG, new Position(DEAD_BUG, Level.HARDER));
        }

        @Test
        void belowBaseTheEasiestLevelHasNoNextLevelDownSoItHoldsAndFlags() {
            var programme = programme(Outcome.PROCEED_WITH_CAUTION);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.EASIER, 9, 2));

            assertThat(decisionsBy(events, RuleId.EXERCISE_BOTTOM_LEVEL)).singleElement()
                    .isInstanceOfSatisfying(ExerciseFlagged.class,
                            flagged -> assertThat(flagged.at()).isEqualTo(new Position(DEAD_BUG, Level.EASIER)));
            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.EASIER);
        }

        @Test
        void aboveTheEasiestLevelNothingIsFlagged() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, session("s1", 2, DEAD_BUG, Level.BASE, 9, 2));

            assertThat(decisionsBy(events, RuleId.EXERCISE_BOTTOM_LEVEL)).isEmpty();
        }

        @Test
        void aSessionLoggedAtAnotherLevelThanTheCurrentOneDoesNotCountForEffort() {
            var programme = programme(Outcome.PROCEED);

            record(programme, session("s1", 2, DEAD_BUG, Level.EASIER, 3, 1), session("s2", 3, DEAD_BUG, Level.EASIER, 3, 1));

            assertThat(programme.levelOf(DEAD_BUG)).isEqualTo(Level.BASE);
        }
    }

    @Nested
    class RunningLoad {

        @Test
        void aRunMoreThanTenPercentLongerThanTheLongestOfThePrevious30DaysIsASpike() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 8_000, 1), run("r2", 3, 6_000, 1), run("r3", 5, 8_801, 1));

            assertThat(decisionsBy(events, RuleId.RUN_SPIKE)).singleElement()
                    .isInstanceOfSatisfying(RunSpikeFlagged.class, spike -> {
                        assertThat(spike.runId()).isEqualTo("r3");
                        assertThat(spike.planned()).isFalse();
                        assertThat(spike.distanceMetres()).isEqualTo(8_801);
                        assertThat(spike.longestPrevious30DaysMetres()).isEqualTo(8_000);
                        assertThat(spike.inputs().logIds()).containsExactly("r3", "r1");
                    });
        }

        @Test
        void exactlyTenPercentLongerIsNoSpike() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 8_000, 1), run("r2", 5, 8_800, 1));

            assertThat(decisionsBy(events, RuleId.RUN_SPIKE)).isEmpty();
        }

        @Test
        void withNoRunHistoryThereIsNoSpike() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 21_000, 1));

            assertThat(decisionsBy(events, RuleId.RUN_SPIKE)).isEmpty();
        }

        @Test
        void runsOlderThan30DaysAreNotHistory() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 1), run("r2", 33, 10_000, 1));

            assertThat(decisionsBy(events, RuleId.RUN_SPIKE)).isEmpty();
        }

        @Test
        void aPlannedRunIsFlaggedTooWithoutChangingAnything() {
            var programme = programme(Outcome.PROCEED);
            var clock = java.time.Clock.fixed(day(4), Fixtures.LONDON);
            programme.record(run("r1", 1, 8_000, 1), clock);
            var positions = programme.positions();
            var running = programme.runningLoad();
            programme.pullEvents();

            var spike = programme.checkPlannedRun("plan-1", Fixtures.START.plusDays(5), 10_000, clock);
            var none = programme.checkPlannedRun("plan-2", Fixtures.START.plusDays(5), 8_500, clock);

            assertThat(programme.pullEvents()).singleElement().isInstanceOfSatisfying(RunSpikeFlagged.class, flag -> {
                assertThat(flag.planned()).isTrue();
                assertThat(flag.rule()).isEqualTo(new RuleRef("RL-1", 1));
            });
            assertThat(spike).isInstanceOfSatisfying(PlannedRunResult.Checked.class,
                    checked -> assertThat(checked.check().flagged()).isTrue());
            assertThat(none).isInstanceOfSatisfying(PlannedRunResult.Checked.class,
                    checked -> assertThat(checked.check().flagged()).isFalse());
            assertThat(programme.history()).isEmpty();
            assertThat(programme.positions()).isEqualTo(positions);
            assertThat(programme.runningLoad()).isEqualTo(running);
        }

        @Test
        void aRunWithPainThatIsNotAcceptableEasesTheRunningLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 6));

            assertThat(decisionsBy(events, RuleId.RUN_PAIN)).singleElement().isInstanceOf(RegressionApplied.class);
            assertThat(programme.runningLoad()).isEqualTo(Level.EASIER);
        }

        @Test
        void aRunWithAcceptablePainKeepsTheRunningLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 5));

            assertThat(decisionsBy(events, RuleId.RUN_PAIN)).isEmpty();
            assertThat(programme.runningLoad()).isEqualTo(Level.BASE);
        }

        @Test
        void twoGoodRunsThatSettledLiftAnEasedRunningLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 6, 2), run("r2", 3, 5_000, 2, 2), run("r3", 5, 5_000, 2, 2));

            assertThat(decisionsBy(events, RuleId.RUN_RESTORE)).singleElement()
                    .isInstanceOfSatisfying(ProgressionApplied.class,
                            lifted -> assertThat(lifted.inputs().logIds()).containsExactly("r2", "r3"));
            assertThat(programme.runningLoad()).isEqualTo(Level.BASE);
        }

        @Test
        void goodRunsWithoutANextMorningRatingDoNotLiftTheLoad() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 6), run("r2", 3, 5_000, 2), run("r3", 5, 5_000, 2));

            assertThat(decisionsBy(events, RuleId.RUN_RESTORE)).isEmpty();
            assertThat(programme.runningLoad()).isEqualTo(Level.EASIER);
        }
    }

    @Nested
    class Escalation {

        @Test
        void painNotAcceptableInThreeLogsInARowSuspendsAndEscalates() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 6), session("s1", 2, DEAD_BUG, Level.BASE, 3, 7),
                    run("r2", 3, 5_000, 6));

            assertThat(decisionsBy(events, RuleId.ESCALATE_UNACCEPTABLE_STREAK)).singleElement()
                    .isInstanceOfSatisfying(EscalationRaised.class, escalation -> {
                        assertThat(escalation.inputs().logIds()).containsExactly("r1", "s1", "r2");
                        assertThat(escalation.runnerId()).isEqualTo("runner-1");
                        assertThat(escalation.adviceCode()).isEqualTo(EscalationRaised.SEE_A_PROFESSIONAL);
                    });
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
        }

        @Test
        void anAcceptableLogBreaksTheRun() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("r1", 1, 5_000, 6), session("s1", 2, DEAD_BUG, Level.BASE, 3, 7),
                    run("r2", 3, 5_000, 3), run("r3", 5, 5_000, 6));

            assertThat(decisionsBy(events, RuleId.ESCALATE_UNACCEPTABLE_STREAK)).isEmpty();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        }

        @Test
        void aTwoPointRiseInTheWeeklyAverageSuspendsAndEscalates() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("w1", 1, 5_000, 1), run("w2", 8, 5_000, 3));

            assertThat(decisionsBy(events, RuleId.ESCALATE_WEEKLY_RISE)).singleElement()
                    .satisfies(escalation -> assertThat(escalation.inputs().values())
                            .containsEntry("weeklyAveragePain", 3.0).containsEntry("previousWeeklyAveragePain", 1.0));
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
        }

        @Test
        void aRiseBelowTwoPointsDoesNotEscalate() {
            var programme = programme(Outcome.PROCEED);

            var events = record(programme, run("w1", 1, 5_000, 1), run("w2a", 8, 5_000, 2), run("w2b", 10, 5_000, 3));

            assertThat(decisionsBy(events, RuleId.ESCALATE_WEEKLY_RISE)).isEmpty();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        }

        @Test
        void aCheckInWithANewRedFlagSuspendsAndEscalates() {
            var programme = programme(Outcome.PROCEED);

            var events = programme.recordCheckIn(new CheckIn("c1", day(6), Outcome.REFER, List.of("night-pain")), day(6));

            assertThat(decisionsBy(events, RuleId.ESCALATE_RED_FLAG)).singleElement().isInstanceOf(EscalationRaised.class);
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
        }

        @Test
        void aCheckInWithoutARedFlagChangesNothing() {
            var programme = programme(Outcome.PROCEED);

            var events = programme.recordCheckIn(new CheckIn("c1", day(6), Outcome.PROCEED, List.of()), day(6));

            assertThat(events).isEmpty();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        }
    }

}
