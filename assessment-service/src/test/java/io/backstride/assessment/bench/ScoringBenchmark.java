package io.backstride.assessment.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.screening.AssessmentResult;
import io.backstride.assessment.domain.screening.AssessmentSubmission;
import io.backstride.assessment.domain.screening.InitialAssessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static io.backstride.assessment.domain.CleanRunner.RUNNING_PATTERN;
import static io.backstride.assessment.domain.CleanRunner.SCREENING;

/**
 * Evaluating one full initial assessment (screening, running pattern, pain ratings, function scale): validation,
 * every safety rule, the factor profile and the scores. Pure, so this is the CPU cost of a decision. Run with
 * {@code assessment-service/bench/scoring-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private InitialAssessment assessment;
    private AssessmentSubmission clean;
    private AssessmentSubmission flaggedWithProfile;

    @Setup
    public void loadInstruments() {
        assessment = ShippedInstruments.INITIAL_ASSESSMENT;
        clean = new AssessmentSubmission(Locale.UK, CleanRunner.initialAssessment().submissions(ShippedInstruments.CATALOGUE));
        flaggedWithProfile = new AssessmentSubmission(Locale.US, CleanRunner.initialAssessment()
                .choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM")
                .no(RUNNING_PATTERN, "easedBySittingOrBendingForward")
                .number(PAIN_RATINGS, "painDuringRun", 7)
                .yes(SCREENING, "painPersistent")
                .submissions(ShippedInstruments.CATALOGUE));
    }

    @Benchmark
    public AssessmentResult cleanFullSubmission() {
        return assessment.evaluate(clean);
    }

    @Benchmark
    public AssessmentResult flaggedFullSubmissionWithProfile() {
        return assessment.evaluate(flaggedWithProfile);
    }

    /** 1 fork, 3 × 2 s warm-up, 3 × 2 s measurement: short enough for a 2-core build machine. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(ScoringBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .threads(1)
                .build()).run();
    }
}
