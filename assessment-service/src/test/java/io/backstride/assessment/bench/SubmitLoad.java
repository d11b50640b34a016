package io.backstride.assessment.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClients;
import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.web.AssessmentApi;
import io.backstride.platform.security.RunnerConsents;
import org.springframework.data.mongodb.core.MongoTemplate;

import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static io.backstride.assessment.domain.CleanRunner.SCREENING;

/**
 * Submits initial assessments at a fixed rate (open model: requests start on schedule whatever the service's
 * latency, and latency is measured from the scheduled start, so a stall is not hidden by coordinated omission).
 * Each request is a new runner-key pair, a realistic mix of outcomes (mostly PROCEED, some caution, referral
 * and urgent). Prints p50/p90/p99/max of the measured phase.
 * <p>
 * Before the warm-up, every runner of the run gets what a real runner has: an access token (signed with the bench
 * key, {@link BenchTokens}, which the service must trust) and health-data consent in force, written into the
 * service's consent read model with the platform's own {@link RunnerConsents} (what identity-service's
 * {@code ConsentGiven} event would do, without waiting for the event). Neither is timed.
 *
 * <pre>SubmitLoad [baseUrl=http://127.0.0.1:8082] [rate=200] [seconds=30] [warmupSeconds=10]
 *   -Dbench.keys=target/bench-keys  -Dbench.issuer=http://bench.backstride.local  -Dbench.tenant=bench-race
 *   -Dbench.mongodb.uri=mongodb://127.0.0.1:27017  -Dbench.mongodb.database=assessment-service  (the service's)</pre>
 */
public final class SubmitLoad {

    private static final List<AnswerSet> MIX = List.of(
            CleanRunner.initialAssessment(), CleanRunner.initialAssessment(), CleanRunner.initialAssessment(),
            CleanRunner.initialAssessment().number(PAIN_RATINGS, "painDuringRun", 3),
            CleanRunner.initialAssessment().number(PAIN_RATINGS, "painDuringRun", 4),
            CleanRunner.initialAssessment().number(PAIN_RATINGS, "painDuringRun", 7),
            CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms"),
            CleanRunner.initialAssessment().yes(SCREENING, "painPersistent"),
            CleanRunner.initialAssessment().number(PAIN_RATINGS, "painNextMorning", 2),
            CleanRunner.screening().yes(SCREENING, "saddleNumbness"));

    private SubmitLoad() {
    }

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8082";
        var rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        var seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        var warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        var bodies = MIX.stream().map(answers -> AssessmentApi.JSON.writeValueAsString(AssessmentApi.body(answers, "en-GB"))).toList();
        var warmupRunners = prepare(rate * warmup, seconds + warmup);
        var measuredRunners = prepare(rate * seconds, seconds + warmup);

        System.out.printf("warm-up: %d s at %d/s%n", warmup, rate);
        run(base, rate, warmup, bodies, warmupRunners);
        System.out.printf("measured: %d s at %d/s against %s%n", seconds, rate, base);
        var result = run(base, rate, seconds, bodies, measuredRunners);
        result.print();
    }

    /** A runner of the run: a new id, a signed token, consent in force. */
    record Runner(String id, String authorization) {
    }

    /** New runners with tokens and consent, made before anything is timed. */
    static List<Runner> prepare(int count, int runSeconds) throws Exception {
        var started = System.nanoTime();
        var tokens = BenchTokens.load(Path.of(System.getProperty("bench.keys", "target/bench-keys")),
                System.getProperty("bench.issuer", BenchTokens.DEFAULT_ISSUER));
        var tenant = System.getProperty("bench.tenant", "bench-race");
        var expiresAt = Instant.now().plusSeconds(runSeconds + 900L);
        var database = System.getProperty("bench.mongodb.database", "assessment-service");
        try (var mongo = MongoClients.create(System.getProperty("bench.mongodb.uri", "mongodb://127.0.0.1:27017"))) {
            var consents = new RunnerConsents(new MongoTemplate(mongo, database));
            var runners = IntStream.range(0, count).parallel().mapToObj(i -> {
                var id = "load-" + UUID.randomUUID();
                consents.given(id, tenant, "bench", Instant.now());
                return new Runner(id, tokens.runner(id, tenant, expiresAt));
            }).toList();
            System.out.printf("prepared %d runners (token, consent in %s) in %.1f s%n", count, database,
                    (System.nanoTime() - started) / 1e9);
            return runners;
        }
    }

    private record Result(long[] latenciesMicros, Map<Integer, Integer> statuses, int failures, int sent) {

        void print() {
            var sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            System.out.printf("requests %d, statuses %s, failures %d%n", sent, new TreeMap<>(statuses), failures);
            System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 99.9),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            var index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
        }
    }

    private static Result run(String base, int rate, int seconds, List<String> bodies, List<Runner> runners)
            throws InterruptedException {
        var total = rate * seconds;
        var latencies = new long[total];
        var statuses = new ConcurrentHashMap<Integer, Integer>();
        var failures = new AtomicInteger();
        var done = new CountDownLatch(total);
        var next = new AtomicLong();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
        var start = System.nanoTime();
        var intervalNanos = 1_000_000_000L / rate;
        var ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            var due = Math.min(total, (System.nanoTime() - start) / intervalNanos + 1);
            for (long i = next.get(); i < due; i = next.incrementAndGet()) {
                send(http, base, bodies, runners.get((int) i), (int) i, start + i * intervalNanos, latencies, statuses,
                        failures, done);
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        return new Result(latencies, statuses, failures.get(), total);
    }

    private static void send(HttpClient http, String base, List<String> bodies, Runner runner, int i, long scheduled,
                             long[] latencies, Map<Integer, Integer> statuses, AtomicInteger failures, CountDownLatch done) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments/runners/" + runner.id() + "/assessments"))
                .header("Content-Type", "application/json")
                .header("Authorization", runner.authorization())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            latencies[i] = (System.nanoTime() - scheduled) / 1000;
            if (error != null) {
                failures.incrementAndGet();
            } else {
                statuses.merge(response.statusCode(), 1, Integer::sum);
            }
            done.countDown();
        });
    }
}
