package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.START;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.Problem;
import io.backstride.programme.domain.log.RunLog;
import io.backstride.programme.domain.log.WeeklyLogBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Logs live in one bucket per programme week; adherence and the pain chart are computed from them. */
class WeeklyProgressTest {

    /** Tuesday, Thursday and Saturday runs and the Wednesday and Sunday strength sessions of a week. */
    private static List<Log> fullWeek(int week, int pain) {
        var first = 7 * (week - 1);
        return List.of(run("run-" + week + "-1", first + 1, 5_000, pain), run("run-" + week + "-3", first + 3, 5_000, pain),
                run("run-" + week + "-5", first + 5, 5_000, pain),
                session("db-" + week, first + 2, "dead-bug", Level.BASE, 6, pain),
                session("clam-" + week, first + 6, "clam-to-side-leg-raise", Level.BASE, 6, pain));
    }

    @Test
    void eachLogGoesIntoTheBucketOfItsProgrammeWeek() {
        var programme = programme(Outcome.PROCEED);

        programme.record(run("before", -3, 5_000, 1), CLOCK);
        programme.record(run("w1", 1, 5_000, 1), CLOCK);
        programme.record(session("w3", 15, "dead-bug", Level.BASE, 5, 1), CLOCK);

        assertThat(programme.buckets()).extracting(WeeklyLogBucket::week).containsExactly(0, 1, 3);
        assertThat(programme.bucketOf(3)).hasValueSatisfying(bucket -> {
            assertThat(bucket.programmeId()).isEqualTo("programme-1");
            assertThat(bucket.sessions()).extracting(Log::clientId).containsExactly("w3");
            assertThat(bucket.runs()).isEmpty();
        });
    }

    @Test
    void aFullWeekBucketTakesNoMoreLogs() {
        var programme = programme(Outcome.PROCEED);
        var template = run("x", 1, 5_000, 1);
        var runs = IntStream.range(0, WeeklyLogBucket.MAX_LOGS).mapToObj(i -> new RunLog("r" + i,
                template.performedAt(), 5_000, template.duration(), 1, null)).toList();
        var full = new WeeklyLogBucket("programme-1", 1, List.of(), runs);
        var restored = Programme.restore(programme.state(), List.of(full));

        var result = restored.record(run("one-more", 2, 5_000, 1), CLOCK);

        assertThat(result).isInstanceOfSatisfying(RecordResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Problem::code).containsExactly("WEEK_FULL"));
    }

    @Test
    void adherenceComparesPlannedAndDoneEachWeekAndCountsTheStreak() {
        var programme = programme(Outcome.PROCEED);
        var logs = new ArrayList<Log>(fullWeek(1, 1));
        logs.add(run("only-run", 8, 5_000, 1));
        logs.addAll(fullWeek(3, 1));
        logs.forEach(log -> programme.record(log, CLOCK));

        var adherence = programme.adherence(START.plusDays(21)); // first day of week 4

        assertThat(adherence.weeks()).extracting(WeekAdherence::week, WeekAdherence::planned, WeekAdherence::done)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 5, 5),
                        org.assertj.core.groups.Tuple.tuple(2, 5, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 5, 5),
                        org.assertj.core.groups.Tuple.tuple(4, 5, 0));
        assertThat(adherence.streak()).as("week 3 kept, week 4 still under way, week 2 missed").isEqualTo(1);
    }

    @Test
    void twoKeptWeeksInARowMakeAStreakOfTwo() {
        var programme = programme(Outcome.PROCEED);
        fullWeek(1, 1).forEach(log -> programme.record(log, CLOCK));
        fullWeek(2, 1).forEach(log -> programme.record(log, CLOCK));

        assertThat(programme.adherence(START.plusDays(14)).streak()).isEqualTo(2);
    }

    @Test
    void thePainSeriesGivesEachWeeksAverageMaximumAndNextMorning() {
        var programme = programme(Outcome.PROCEED);
        programme.record(run("r1", 1, 5_000, 2, 1), CLOCK);
        programme.record(session("s1", 2, "dead-bug", Level.BASE, 5, 4), CLOCK);
        programme.record(run("r2", 3, 5_000, 3, 3), CLOCK);

        var series = programme.painSeries(START.plusDays(8));

        assertThat(series).hasSize(2);
        assertThat(series.getFirst()).isEqualTo(new WeeklyPain(1, START, 3, OptionalDouble.of(3.0), OptionalInt.of(4),
                OptionalDouble.of(2.0)));
        assertThat(series.getLast()).isEqualTo(new WeeklyPain(2, START.plusDays(7), 0, OptionalDouble.empty(),
                OptionalInt.empty(), OptionalDouble.empty()));
    }
}
