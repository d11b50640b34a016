package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.day;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.EscalationRaised;
import io.backstride.programme.domain.event.ProgrammeCompleted;
import io.backstride.programme.domain.event.ProgrammeCreated;
import io.backstride.programme.domain.event.ProgrammeSuspended;
import io.backstride.programme.domain.event.ProgressionApplied;
import io.backstride.programme.domain.event.RegressionApplied;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.rules.Subject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journeys of issue 6's "done when", at the level of the aggregate. */
class ProgressionSequenceTest {

    @Test
    void aNewProgrammeAnnouncesItselfWithItsPlanAndRulesVersion() {
        var programme = programme(Outcome.PROCEED);

        assertThat(programme.pullEvents()).singleElement().isInstanceOfSatisfying(ProgrammeCreated.class, created -> {
            assertThat(created.startLevel()).isEqualTo(Level.BASE);
            assertThat(created.week()).hasSize(7);
            assertThat(created.rulesVersion()).isEqualTo("2025-1");
            assertThat(created.supersededProgrammeId()).isEmpty();
        });
        assertThat(programme.pullEvents()).as("events are taken once").isEmpty();
    }

    @Test
    void twoEasySessionsProgressAnExerciseAndTheNextSessionShowsTheHarderDosage() {
        var programme = programme(Outcome.PROCEED);

        programme.record(session("s1", 2, "dead-bug", Level.BASE, 3, 1), CLOCK);
        var second = programme.record(session("s2", 6, "dead-bug", Level.BASE, 4, 2), CLOCK);

        assertThat(second).isInstanceOfSatisfying(RecordResult.Recorded.class, recorded ->
                assertThat(recorded.events()).singleElement().isInstanceOf(ProgressionApplied.class));
        var nextStrengthDay = programme.sessionOn(io.backstride.programme.domain.Fixtures.START.plusDays(9)).orElseThrow();
        assertThat(nextStrengthDay.exercises()).filteredOn(exercise -> exercise.slot().equals("dead-bug"))
                .singleElement().satisfies(exercise -> {
                    assertThat(exercise.level()).isEqualTo(Level.HARDER);
                    assertThat(exercise.dosage().reps()).isEqualTo(12);
                });
    }

    @Test
    void aPainfulRunRegressesTheRunningLoad() {
        var programme = programme(Outcome.PROCEED);

        var result = programme.record(run("r1", 1, 6_000, 7), CLOCK);

        assertThat(result).isInstanceOfSatisfying(RecordResult.Recorded.class, recorded ->
                assertThat(recorded.events()).singleElement().isInstanceOfSatisfying(RegressionApplied.class, eased -> {
                    assertThat(eased.subject()).isEqualTo(Subject.running());
                    assertThat(eased.rule().id()).isEqualTo("RL-2");
                }));
        assertThat(programme.runningLoad()).isEqualTo(Level.EASIER);
    }

    @Test
    void threeBadLogsSuspendTheProgrammeAndRaiseAnEscalation() {
        var programme = programme(Outcome.PROCEED);
        programme.pullEvents();

        programme.record(run("r1", 1, 5_000, 6), CLOCK);
        programme.record(session("s1", 2, "dead-bug", Level.BASE, 5, 6), CLOCK);
        programme.record(run("r2", 3, 5_000, 8), CLOCK);

        var events = programme.pullEvents();
        assertThat(events).hasAtLeastOneElementOfType(EscalationRaised.class);
        assertThat(events.getLast()).isInstanceOfSatisfying(ProgrammeSuspended.class,
                suspended -> assertThat(suspended.rule().id()).isEqualTo("ES-1"));
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
    }

    @Test
    void aSuspendedProgrammeNeverProgresses() {
        var programme = programme(Outcome.PROCEED);
        programme.recordCheckIn(new CheckIn("c1", day(1), Outcome.PROCEED_WITH_CAUTION, List.of("new-leg-numbness")), day(1));
        programme.pullEvents();

        var first = programme.record(session("s1", 2, "dead-bug", Level.BASE, 2, 0), CLOCK);
        var second = programme.record(session("s2", 4, "dead-bug", Level.BASE, 2, 0), CLOCK);
        programme.record(run("r1", 5, 5_000, 0, 0), CLOCK);

        assertThat(List.of(first, second)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(RecordResult.Recorded.class, recorded -> assertThat(recorded.events()).isEmpty()));
        assertThat(programme.pullEvents()).isEmpty();
        assertThat(programme.levelOf("dead-bug")).isEqualTo(Level.BASE);
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
        assertThat(programme.logs()).as("logs are still kept for the record").hasSize(3);
    }

    @Test
    void aLogThatHappenedBeforeTheEscalationButArrivesAfterItChangesNothing() {
        var programme = programme(Outcome.PROCEED);
        programme.record(run("r1", 3, 5_000, 7), CLOCK);
        programme.record(run("r2", 4, 5_000, 7), CLOCK);
        programme.record(run("r3", 5, 5_000, 7), CLOCK);
        var historyAtSuspension = programme.history();

        programme.record(session("early-1", 1, "dead-bug", Level.BASE, 2, 0), CLOCK);
        programme.record(session("early-2", 2, "dead-bug", Level.BASE, 2, 0), CLOCK);

        assertThat(programme.history()).isEqualTo(historyAtSuspension);
        assertThat(programme.levelOf("dead-bug")).isEqualTo(Level.BASE);
    }

    @Test
    void everyDecisionCarriesItsRuleVersionAndTheInputsThatFiredIt() {
        var programme = programme(Outcome.PROCEED);

        programme.record(session("s1", 2, "dead-bug", Level.BASE, 9, 2), CLOCK);
        programme.record(run("r1", 3, 5_000, 2, 5), CLOCK);

        assertThat(programme.history()).hasSize(2).allSatisfy(decision -> {
            assertThat(decision.rule().version()).isEqualTo(1);
            assertThat(decision.inputs().logIds()).isNotEmpty();
            assertThat(decision.inputs().values()).isNotEmpty();
            assertThat(decision.decisionId()).contains(decision.rule().id());
        });
    }

    @Test
    void aProgrammeCompletesOnceItsLastDayIsOver() {
        var programme = programme(Outcome.PROCEED);
        var lastDay = programme.plan().end();

        assertThat(programme.completeIfOver(lastDay.atTime(20, 0).atZone(programme.plan().zone()).toInstant())).isEmpty();
        Instant dayAfter = lastDay.plusDays(1).atTime(8, 0).atZone(programme.plan().zone()).toInstant();
        assertThat(programme.completeIfOver(dayAfter)).hasValueSatisfying(completed ->
                assertThat(completed).isEqualTo(new ProgrammeCompleted("programme-1", lastDay, dayAfter)));
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(programme.completeIfOver(dayAfter)).isEmpty();
    }
}
