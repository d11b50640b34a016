package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.RegressionApplied;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.Problem;
import io.backstride.programme.domain.log.RunLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording logs: validation, idempotency, the next-morning rating, bulk import. */
class LoggingTest {

    @Test
    void theSameClientIdTwiceRecordsOneLog() {
        var programme = programme(Outcome.PROCEED);
        var log = session("s1", 2, "dead-bug", Level.BASE, 3, 1);

        var first = programme.record(log, CLOCK);
        var again = programme.record(log, CLOCK);

        assertThat(first).isInstanceOf(RecordResult.Recorded.class);
        assertThat(again).isEqualTo(new RecordResult.Duplicate(log));
        assertThat(programme.logs()).containsExactly(log);
    }

    @Test
    void aResentLogDoesNotCountTwiceTowardsProgression() {
        var programme = programme(Outcome.PROCEED);
        var log = session("s1", 2, "dead-bug", Level.BASE, 3, 1);

        programme.record(log, CLOCK);
        programme.record(log, CLOCK);

        assertThat(programme.levelOf("dead-bug")).isEqualTo(Level.BASE);
    }

    @Test
    void aClientIdReusedForADifferentLogIsRejected() {
        var programme = programme(Outcome.PROCEED);
        programme.record(session("s1", 2, "dead-bug", Level.BASE, 3, 1), CLOCK);

        var result = programme.record(run("s1", 3, 5_000, 2), CLOCK);

        assertThat(result).isInstanceOfSatisfying(RecordResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Problem::code).containsExactly("ID_REUSED"));
        assertThat(programme.logs()).hasSize(1);
    }

    @Test
    void badInputIsRejectedWithEveryProblemAndNothingIsStored() {
        var programme = programme(Outcome.PROCEED);
        var bad = new RunLog("r1", CLOCK.instant().plus(Duration.ofDays(2)), -10, Duration.ofMinutes(30), 11, null);

        var result = programme.record(bad, CLOCK);

        assertThat(result).isInstanceOfSatisfying(RecordResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("performedAt", "distanceMetres", "painDuring"));
        assertThat(programme.logs()).isEmpty();
        assertThat(programme.buckets()).isEmpty();
    }

    @Test
    void anExerciseOutsideTheProgrammeIsUnknown() {
        var programme = programme(Outcome.PROCEED);

        var result = programme.record(session("s1", 2, "moonwalk", Level.BASE, 3, 1), CLOCK);

        assertThat(result).isInstanceOfSatisfying(RecordResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Problem::field, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("exerciseId", "UNKNOWN_EXERCISE")));
    }

    @Test
    void theNextMorningPainIsAddedLaterToTheSameRunAndIsEvaluated() {
        var programme = programme(Outcome.PROCEED);
        programme.record(run("r1", 1, 5_000, 2), CLOCK);

        var result = programme.addNextMorningPain("r1", 5, CLOCK);

        assertThat(result).isInstanceOfSatisfying(RecordResult.Recorded.class, recorded -> {
            assertThat(((RunLog) recorded.log()).nextMorningPain()).isEqualTo(5);
            assertThat(recorded.events()).singleElement().isInstanceOf(RegressionApplied.class);
        });
        assertThat(programme.logs()).singleElement()
                .isInstanceOfSatisfying(RunLog.class, run -> assertThat(run.nextMorningPain()).isEqualTo(5));
        assertThat(programme.addNextMorningPain("r1", 5, CLOCK)).isInstanceOf(RecordResult.Duplicate.class);
    }

    @Test
    void aNextMorningPainForAnUnknownRunOrOutOfRangeIsRejected() {
        var programme = programme(Outcome.PROCEED);

        assertThat(programme.addNextMorningPain("nope", 11, CLOCK)).isInstanceOfSatisfying(RecordResult.Rejected.class,
                rejected -> assertThat(rejected.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("nextMorningPain", "runId"));
    }

    @Test
    void theSameCheckInTwiceIsEvaluatedOnce() {
        var programme = programme(Outcome.PROCEED);
        var checkIn = new CheckIn("c1", io.backstride.programme.domain.Fixtures.day(3), Outcome.REFER, List.of("fever"));

        assertThat(programme.recordCheckIn(checkIn, checkIn.completedAt())).isNotEmpty();
        assertThat(programme.recordCheckIn(checkIn, checkIn.completedAt())).isEmpty();
    }

    @Test
    void aBulkImportIsAllOrNothing() {
        var programme = programme(Outcome.PROCEED);
        var good = run("r1", 1, 5_000, 2);
        var bad = new RunLog("r2", good.performedAt(), -1, good.duration(), 2, null);

        var results = programme.importRuns(List.of(good, bad), CLOCK);

        assertThat(results).singleElement().isInstanceOf(RecordResult.Rejected.class);
        assertThat(programme.logs()).isEmpty();
    }

    @Test
    void aBulkImportSkipsRunsAlreadyRecordedAndEvaluatesOnce() {
        var programme = programme(Outcome.PROCEED);
        var known = run("r1", 1, 5_000, 2);
        programme.record(known, CLOCK);

        var results = programme.importRuns(List.of(known, run("r2", 3, 5_000, 2), run("r3", 5, 9_000, 2)), CLOCK);

        assertThat(results).hasSize(3).first().isInstanceOf(RecordResult.Duplicate.class);
        assertThat(results.getLast()).isInstanceOfSatisfying(RecordResult.Recorded.class,
                recorded -> assertThat(recorded.events()).hasSize(1));
        assertThat(programme.logs()).hasSize(3);
    }
}
