package io.backstride.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * programme-service under load, end to end: N runners, each with a programme planned from an assessment event, each
 * logging one easy session (warm-up) and then a second easy session of the same exercise (the measured phase, a
 * fixed-rate open model) whose ProgressionApplied event is matched to the log. In the same run, on the same broker,
 * Kafka's ConsumerPerformance reads the same N assessment records the service consumed.
 *
 * <p>Separate processes, on ports nobody else uses: the local platform's Kafka broker ({@code local-stack.jar kafka},
 * 29092/29093), MongoDB ({@link IndexedMongoServer}, 47017; {@code -Dmongo=stock} for local-stack's server) and the
 * service jar on 18083 with the JVM options {@code ./backstride} gives it. The service validates RS256 tokens this
 * benchmark signs with its own key ({@code --backstride.security.public-key-location}); every runner's consent arrives
 * as identity-service's ConsentGiven event before anything is logged.
 *
 * <p>Run by {@code programme-service/bench/log-load.sh [RUNNERS=60000] [RATE=1000]}; prints a summary and writes it to
 * {@code benchmarks/target/programme-load.txt}.
 */
public final class ProgrammeLoadBenchmark {

    static final String TENANT = "london-marathon";
    static final String ISSUER = "http://identity.benchmark";
    static final String RUNNER_PREFIX = "bench-runner-";

    static final String EXERCISES = "content.exercise.v1";
    static final String CUES = "content.technique-cue.v1";
    static final String ASSESSMENTS = "assessment.assessment.v1";
    static final String CONSENTS = "identity.consent.v1";
    static final String PARTNER_LINKS = "identity.partner-link.v1";
    static final String PROGRAMMES = "programme.programme.v1";

    static final String CONTENT_PUBLISHED = "backstride.content.ContentPublished.v1";
    static final String ASSESSMENT_COMPLETED = "backstride.assessment.AssessmentCompleted.v1";
    static final String CONSENT_GIVEN = "backstride.identity.ConsentGiven.v1";
    static final String PROGRAMME_CREATED = "backstride.programme.ProgrammeCreated.v1";
    static final String PROGRESSION_APPLIED = "backstride.programme.ProgressionApplied.v1";

    private static final JsonMapper JSON = JsonMapper.shared();

    // ---- settings
    private final int runners;
    private final int rate;
    private final int warmupRate;
    private final int maxInFlight;
    private final String mongoKind;
    private final Path root;
    private final Path work;
    private final int kafkaPort = Integer.getInteger("kafka.port", 29092);
    private final int controllerPort = Integer.getInteger("kafka.controller.port", 29093);
    private final int mongoPort = Integer.getInteger("mongo.port", 47017);
    private final int servicePort = Integer.getInteger("service.port", 18083);
    private final String mongoHeap = System.getProperty("mongo.heap", "3g");
    private final String kafkaHeap = System.getProperty("kafka.heap", "256m");
    private final String serviceHeap = System.getProperty("service.heap", "576m");
    private final String serviceJvm = System.getProperty("service.jvm", "");
    /** A taskset CPU list for the service alone (e.g. "0"), so its capacity per CPU can be measured; empty: not pinned. */
    private final String serviceCpus = System.getProperty("service.cpus", "");
    private final Duration lagTarget = Duration.ofSeconds(5);

    private final ChildProcess.Group children = new ChildProcess.Group();
    private final Map<String, String> report = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private ChildProcess kafka;
    private ChildProcess mongo;
    private ChildProcess service;
    private ProgrammeEvents events;
    private KafkaProducer<String, byte[]> producer;
    private MongoClient mongoClient;
    private String[] tokens;

    private ProgrammeLoadBenchmark(int runners, int rate) {
        this.runners = runners;
        this.rate = rate;
        this.warmupRate = Integer.getInteger("warmup.rate", rate);
        this.maxInFlight = Integer.getInteger("max.in.flight", 150);
        this.mongoKind = System.getProperty("mongo", "indexed");
        this.root = Path.of(System.getProperty("backstride.root", ".")).toAbsolutePath().normalize();
        this.work = root.resolve("benchmarks/target/programme-load");
    }

    public static void main(String[] args) throws Exception {
        int runners = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        var benchmark = new ProgrammeLoadBenchmark(runners, rate);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark.children::stopAll, "stop-children"));
        int exit = 0;
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            benchmark.close();
        }
        System.exit(exit);
    }

    // =================================================================================================================

    private void run() throws Exception {
        log("programme-service load benchmark: %,d runners, measured logs at %,d/s (warm-up %,d/s), at most %d requests in flight",
                runners, rate, warmupRate, maxInFlight);
        prepareWorkFolder();
        for (int port : new int[] {kafkaPort, controllerPort, mongoPort, servicePort}) {
            requireFree(port);
        }
        Path serviceJar = serviceJar();

        startKafkaAndMongo();
        KeyPair keys = keys();
        Path publicKey = writePublicKey(keys);
        // the tokens are signed while the service starts and takes the consents in (setup, not measured)
        var signing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            long signStart = System.nanoTime();
            String[] signed = signTokens(keys);
            log("signed %,d RS256 tokens in %.1f s (while the setup went on)", runners, seconds(signStart));
            return signed;
        });
        kafka.awaitLog("kafka ready on", Duration.ofSeconds(180));
        mongo.awaitLog("mongo ready on", Duration.ofSeconds(120));
        String bootstrap = "localhost:" + kafkaPort;
        createTopics(bootstrap);
        producer = producer(bootstrap);
        mongoClient = MongoClients.create("mongodb://localhost:" + mongoPort);

        events = new ProgrammeEvents(bootstrap, runners);
        events.start();
        startService(serviceJar, publicKey);

        publishLibrary();
        giveConsents();
        tokens = signing.get();
        generateProgrammes();
        consumerPerformance(bootstrap);

        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Phase warmup = logSessions(http, "warm-up (1st easy session)", warmupRate, false);
        report(warmup);
        int progressedEarly = events.progressions.get();
        if (progressedEarly > 0) {
            notes.add(progressedEarly + " ProgressionApplied events after the warm-up's single session (expected none)");
        }
        Thread.sleep(2_000);

        Map<ChildProcess, Double> cpuBefore = cpu();
        double[] loadBefore = loadAverage();
        Phase measured = logSessions(http, "measured (2nd easy session)", rate, true);
        Map<ChildProcess, Double> cpuAfter = cpu();
        double[] loadAfter = loadAverage();
        report(measured);
        lag(measured);
        if (!events.others.isEmpty()) {
            report.put("other programme events", new TreeMap<>(events.others).toString());
        }
        cpuReport(cpuBefore, cpuAfter, measured, loadBefore, loadAfter);
        memory();
        writeReport();
    }

    private void close() {
        if (events != null) {
            events.stop();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (mongoClient != null) {
            mongoClient.close();
        }
        children.stopAll();
    }

    // ---- infrastructure and service ----------------------------------------------------------------------------------

    private void prepareWorkFolder() throws IOException {
        Files.createDirectories(work);
        deleteRecursively(work.resolve("kafka"));
    }

    private Path serviceJar() throws IOException {
        Path built = Path.of(System.getProperty("service.jar",
                root.resolve("programme-service/target/programme-service-0.1.0-SNAPSHOT.jar").toString()));
        if (!Files.exists(built)) {
            throw new IllegalStateException("no service jar at " + built + ": build it with ./mvnw -o -q -pl programme-service package -DskipTests");
        }
        // a copy, so a rebuild of the module during the run does not change the jar under the running service
        Path copy = work.resolve("programme-service.jar");
        Files.copy(built, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        report.put("service jar", built + " (" + Files.getLastModifiedTime(built) + ")");
        return copy;
    }

    private void startKafkaAndMongo() throws IOException {
        String java = ChildProcess.javaBinary();
        Path localStack = root.resolve("local-stack/target/local-stack.jar");
        if (!Files.exists(localStack)) {
            throw new IllegalStateException("no " + localStack + " (./mvnw -q -pl local-stack package)");
        }
        List<String> kafkaCommand = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1",
                "-Xmx" + kafkaHeap, "--sun-misc-unsafe-memory-access=allow", "-XX:+UseCompactObjectHeaders",
                "-jar", localStack.toString(), "kafka", "--data", work.resolve("kafka").toString(),
                "--port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(controllerPort)));
        kafka = children.add(ChildProcess.start("kafka", kafkaCommand, Map.of(), work.resolve("kafka.log")));

        List<String> mongoCommand = new ArrayList<>(List.of(java, "-Xmx" + mongoHeap, "-XX:+UseCompactObjectHeaders",
                "--sun-misc-unsafe-memory-access=allow"));
        if (mongoKind.equals("stock")) {
            mongoCommand.addAll(List.of("-jar", localStack.toString(), "mongo", "--memory", "--port", String.valueOf(mongoPort)));
        } else {
            mongoCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), IndexedMongoServer.class.getName(),
                    "--port", String.valueOf(mongoPort)));
        }
        mongo = children.add(ChildProcess.start("mongo", mongoCommand, Map.of(), work.resolve("mongo.log")));
        report.put("kafka", "local-stack.jar kafka (KRaft, 1 node) on " + kafkaPort + ", -Xmx" + kafkaHeap
                + " SerialGC C1 (./backstride's options), pid " + kafka.pid());
        report.put("mongo", (mongoKind.equals("stock") ? "local-stack.jar mongo --memory (stock mongo-java-server)"
                : "IndexedMongoServer (mongo-java-server memory backend + equality index lookups)")
                + " on " + mongoPort + ", -Xmx" + mongoHeap + " G1, pid " + mongo.pid());
    }

    private void startService(Path jar, Path publicKey) throws Exception {
        List<String> command = new ArrayList<>();
        if (!serviceCpus.isBlank()) {
            // taskset execs the JVM, so the pid (and its CPU figures) is the service's; the JVM sizes itself to the
            // CPUs it may use, as in a pod with that many
            command.addAll(List.of("taskset", "-c", serviceCpus.trim()));
        }
        int java = command.size();
        command.add(ChildProcess.javaBinary());
        if (serviceJvm.isBlank()) {
            // as deployed (infra/docker/Dockerfile, infra/k8s: 768 MiB, MaxRAMPercentage=75, so Serial GC and a
            // 576 MB heap; the full JIT). ./backstride's lean options (C1 only, 160 MB) are for running every
            // service on a laptop, not for measuring one: SERVICE_JVM replaces these.
            command.addAll(List.of("-XX:+UseSerialGC", "-Xmx" + serviceHeap, "-XX:+ExitOnOutOfMemoryError",
                    "--sun-misc-unsafe-memory-access=allow", "-XX:+UseCompactObjectHeaders"));
        } else {
            command.addAll(List.of(serviceJvm.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--backstride.security.public-key-location=" + publicKey.toUri(),
                "--backstride.security.issuer=" + ISSUER));
        Map<String, String> env = Map.of("SERVER_PORT", String.valueOf(servicePort), "SPRING_PROFILES_ACTIVE", "local",
                "MONGODB_URI", "mongodb://localhost:" + mongoPort, "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort);
        long start = System.nanoTime();
        service = children.add(ChildProcess.start("programme-service", command, env, work.resolve("programme-service.log")));
        report.put("service", "programme-service jar on " + servicePort
                + (serviceCpus.isBlank() ? "" : ", pinned to CPU " + serviceCpus.trim())
                + ", " + String.join(" ", command.subList(java + 1, command.indexOf("-jar")))
                + ", pid " + service.pid());
        var client = HttpClient.newHttpClient();
        var readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + servicePort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(3)).build();
        service.await(() -> {
            try {
                var response = client.send(readiness, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofSeconds(240), "readiness UP");
        log("programme-service ready in %.1f s", seconds(start));
    }

    private void createTopics(String bootstrap) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(EXERCISES, 3, (short) 1), new NewTopic(CUES, 3, (short) 1),
                    new NewTopic(ASSESSMENTS, 12, (short) 1), new NewTopic(CONSENTS, 12, (short) 1),
                    new NewTopic(PARTNER_LINKS, 12, (short) 1), new NewTopic(PROGRAMMES, 12, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true,
                "linger.ms", 5, "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class));
    }

    // ---- events in ---------------------------------------------------------------------------------------------------

    private void publishLibrary() throws Exception {
        Path content = root.resolve("content-service/src/main/resources");
        ObjectNode envelope = example(content.resolve("events/" + CONTENT_PUBLISHED + ".schema.json"));
        int published = 0;
        for (String kind : List.of("exercises", "technique-cues")) {
            List<Path> files;
            try (Stream<Path> list = Files.list(content.resolve("seed/en-GB").resolve(kind))) {
                files = list.sorted().toList();
            }
            for (Path file : files) {
                JsonNode item = JSON.readTree(Files.readString(file));
                ObjectNode payload = envelope.deepCopy();
                payload.put("contentType", kind.equals("exercises") ? "EXERCISE" : "TECHNIQUE_CUE");
                payload.put("id", item.get("id").asString());
                payload.put("version", 1_000);
                payload.put("publishedAt", Instant.now().toString());
                payload.set("content", item);
                String id = item.get("id").asString();
                send(kind.equals("exercises") ? EXERCISES : CUES, id, CONTENT_PUBLISHED, "/backstride/content-service", payload);
                published++;
            }
        }
        producer.flush();
        int expected = published;
        MongoDatabase db = serviceDatabase();
        service.await(() -> db.getCollection("library_entries").countDocuments() >= expected, Duration.ofSeconds(120),
                expected + " library entries");
        log("library: %d ContentPublished events (content-service seed) taken in", published);
    }

    /**
     * identity-service's ConsentGiven for every runner. Its schema says {@code consentVersion} is an integer; when the
     * service refuses that (the first runner's consent never arrives), the rest go with a string and it is noted.
     */
    private void giveConsents() throws Exception {
        ObjectNode example = example(root.resolve("identity-service/src/main/resources/events/" + CONSENT_GIVEN + ".schema.json"));
        var consents = serviceDatabase().getCollection("security_runner_consents");
        boolean asString = false;
        send(CONSENTS, runnerId(0), CONSENT_GIVEN, "/backstride/identity-service", consent(example, 0, false));
        producer.flush();
        try {
            service.await(() -> consents.countDocuments(new Document("_id", runnerId(0))) == 1, Duration.ofSeconds(30),
                    "the first consent");
        } catch (IllegalStateException refused) {
            if (!service.process.isAlive()) {
                throw refused;
            }
            asString = true;
            String note = "ConsentGiven with consentVersion as identity-service's schema declares it (integer) was not taken in"
                    + " within 30 s (platform IdentityEventsListener reads it as a string): consents sent with \"consentVersion\":\"1\"";
            notes.add(note);
            log("%s", note);
            send(CONSENTS, runnerId(0), CONSENT_GIVEN, "/backstride/identity-service", consent(example, 0, true));
        }
        long start = System.nanoTime();
        for (int i = 1; i < runners; i++) {
            send(CONSENTS, runnerId(i), CONSENT_GIVEN, "/backstride/identity-service", consent(example, i, asString));
        }
        producer.flush();
        double published = seconds(start);
        awaitCount("consents taken in", consents::estimatedDocumentCount, runners, start);
        double taken = seconds(start);
        report.put("consents", String.format("%,d ConsentGiven taken in in %.1f s = %,.0f events/s (published in %.1f s; consentVersion as %s)",
                runners - 1, taken, (runners - 1) / taken, published, asString ? "string" : "integer"));
        log("%s", report.get("consents"));
    }

    /** Waits (at least 2 events/s, else it fails) and says how far it got every 30 s. */
    private void awaitCount(String what, java.util.function.LongSupplier count, long target, long startNanos)
            throws InterruptedException {
        long deadline = startNanos + Duration.ofSeconds(Math.max(300, target / 2)).toNanos();
        long nextLog = System.nanoTime() + 30_000_000_000L;
        long now;
        while ((now = count.getAsLong()) < target) {
            if (System.nanoTime() > deadline || !service.process.isAlive()) {
                throw new IllegalStateException("only " + now + " of " + target + " " + what + "; end of the service log:\n"
                        + service.tail(30));
            }
            if (System.nanoTime() > nextLog) {
                log("  %,d of %,d %s after %.0f s", now, target, what, seconds(startNanos));
                nextLog += 30_000_000_000L;
            }
            Thread.sleep(500);
        }
    }

    private static ObjectNode consent(ObjectNode example, int runner, boolean versionAsString) {
        ObjectNode payload = example.deepCopy();
        payload.put("runnerId", runnerId(runner));
        payload.put("tenantId", TENANT);
        if (versionAsString) {
            payload.put("consentVersion", "1");
        } else {
            payload.put("consentVersion", 1);
        }
        payload.put("givenAt", Instant.now().minusSeconds(60).toString());
        return payload;
    }

    private double generationRate;

    private void generateProgrammes() throws Exception {
        ObjectNode example = example(root.resolve("assessment-service/src/main/resources/events/" + ASSESSMENT_COMPLETED + ".schema.json"));
        long start = System.nanoTime();
        for (int i = 0; i < runners; i++) {
            ObjectNode payload = example.deepCopy();
            payload.put("assessmentId", UUID.randomUUID().toString());
            payload.put("runnerId", runnerId(i));
            payload.put("tenantId", TENANT);
            payload.put("outcome", "PROCEED");
            payload.put("programmeAllowed", true);
            payload.put("completedAt", Instant.now().minusSeconds(30).toString());
            send(ASSESSMENTS, runnerId(i), ASSESSMENT_COMPLETED, "/backstride/assessment-service", payload);
        }
        producer.flush();
        double published = seconds(start);
        log("published %,d AssessmentCompleted (PROCEED) in %.1f s; waiting for %,d ProgrammeCreated", runners, published, runners);
        awaitCount("ProgrammeCreated observed", events.created::get, runners, start);
        double took = (events.lastCreatedAt.get() - start) / 1e9;
        generationRate = runners / took;
        report.put("programme generation", String.format("%,d AssessmentCompleted consumed -> %,d ProgrammeCreated observed in %.1f s = %,.0f events/s",
                runners, runners, took, generationRate));
        log("%s", report.get("programme generation"));
        for (int i = 0; i < runners; i++) {
            if (events.exercise[i] == null) {
                throw new IllegalStateException("runner " + runnerId(i) + "'s programme has no STRENGTH exercise");
            }
        }
    }

    private void consumerPerformance(String bootstrap) throws Exception {
        KafkaTools.ConsumerRate kafkaRate = KafkaTools.consumerPerformance(bootstrap, ASSESSMENTS, runners, "bench-consumer-performance");
        report.put("ConsumerPerformance", String.format("%,d records of %s: %,.0f records/s (%.1f MB/s; fetch only %,.0f records/s)",
                kafkaRate.records(), ASSESSMENTS, kafkaRate.recordsPerSecond(), kafkaRate.megabytesPerSecond(),
                kafkaRate.fetchRecordsPerSecond()));
        report.put("consumer ratio", String.format("service %,.0f / Kafka %,.0f events/s = %.4f (%.2f %%)", generationRate,
                kafkaRate.recordsPerSecond(), generationRate / kafkaRate.recordsPerSecond(),
                100 * generationRate / kafkaRate.recordsPerSecond()));
        log("ConsumerPerformance: %s", kafkaRate.line());
        log("%s", report.get("consumer ratio"));
    }

    private void send(String topic, String key, String type, String source, ObjectNode payload) {
        var event = new OutboxEvent(UUID.randomUUID().toString(), topic, key, type, source, key, Instant.now(),
                JSON.writeValueAsString(payload), "bench-" + UUID.randomUUID());
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(event);
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                System.err.println("send to " + topic + " failed: " + error);
            }
        });
    }

    private static ObjectNode example(Path schema) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(schema)).get("examples").get(0).deepCopy();
    }

    private MongoDatabase serviceDatabase() {
        return mongoClient.getDatabase("programme-service");
    }

    // ---- logging sessions (open model) ------------------------------------------------------------------------------

    /** One phase: every runner logs one easy session of their programme's first strength exercise. */
    record Phase(String name, int rate, long[] latencyNanos, long[] serviceNanos, long[] responseAt, int[] status,
                 Map<String, Integer> errors, double seconds, int maxInFlightSeen) {

        int ok() {
            return (int) Arrays.stream(status).filter(s -> s == 201).count();
        }
    }

    private Phase logSessions(HttpClient http, String name, int phaseRate, boolean measured) throws InterruptedException {
        int n = runners;
        long[] latency = new long[n];
        long[] serviceTime = new long[n];
        long[] responseAt = new long[n];
        int[] status = new int[n];
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(maxInFlight);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxSeen = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        AtomicLong lastEnd = new AtomicLong();
        URI uri = URI.create("http://localhost:" + servicePort + "/api/v1/programmes/me/sessions");
        log("%s: %,d logs at %,d/s ...", name, n, phaseRate);
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            final int runner = i;
            long intended = t0 + (long) (i * 1e9 / phaseRate);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                while (System.nanoTime() < intended) {
                    Thread.onSpinWait();
                }
            }
            slots.acquire();
            maxSeen.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            String logId = UUID.randomUUID().toString();
            String body = "{\"id\":\"" + logId + "\",\"exerciseId\":\"" + events.exercise[runner]
                    + "\",\"level\":\"BASE\",\"sets\":3,\"reps\":10,\"effort\":2,\"painDuring\":1,\"performedAt\":\""
                    + Instant.now().minusMillis(200).truncatedTo(ChronoUnit.MILLIS) + "\"}";
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens[runner]).header("Content-Type", "application/json")
                    .header("Idempotency-Key", logId).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sentAt = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long end = System.nanoTime();
                latency[runner] = end - intended;
                serviceTime[runner] = end - sentAt;
                responseAt[runner] = end;
                if (response != null) {
                    status[runner] = response.statusCode();
                    if (response.statusCode() != 201) {
                        errors.merge("HTTP " + response.statusCode() + " " + abbreviate(response.body()), 1, Integer::sum);
                    }
                } else {
                    status[runner] = -1;
                    errors.merge(error.getClass().getSimpleName() + " " + abbreviate(String.valueOf(error.getMessage())), 1, Integer::sum);
                }
                lastEnd.accumulateAndGet(end, Math::max);
                inFlight.decrementAndGet();
                slots.release();
                done.countDown();
            });
        }
        double sendSeconds = (System.nanoTime() - t0) / 1e9;
        if (!done.await(Math.max(120, 3L * n / phaseRate), TimeUnit.SECONDS)) {
            notes.add(name + ": " + done.getCount() + " requests had no answer when the phase ended");
        }
        double seconds = (lastEnd.get() - t0) / 1e9;
        log("%s: sending took %.1f s (schedule %.1f s), last answer after %.1f s", name, sendSeconds, n / (double) phaseRate, seconds);
        return new Phase(name, phaseRate, latency, serviceTime, responseAt, status, new TreeMap<>(errors), seconds, maxSeen.get());
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    private void report(Phase phase) {
        long[] all = phase.latencyNanos().clone();
        long[] service = phase.serviceNanos().clone();
        report.put(phase.name(), String.format("%,d logs scheduled at %,d/s: %,d x 201, %,d errors; achieved %,.0f logs/s (%.1f s); max %d in flight",
                runners, phase.rate(), phase.ok(), runners - phase.ok(), runners / phase.seconds(), phase.seconds(), phase.maxInFlightSeen()));
        report.put(phase.name() + " latency (from schedule)", percentiles(all));
        report.put(phase.name() + " latency (from send)", percentiles(service));
        if (!phase.errors().isEmpty()) {
            StringBuilder errors = new StringBuilder();
            phase.errors().forEach((error, count) -> errors.append(String.format("%,d x %s; ", count, error)));
            report.put(phase.name() + " errors", errors.toString().strip());
        }
        log("%s: %s", phase.name(), report.get(phase.name()));
        log("  latency from schedule: %s", report.get(phase.name() + " latency (from schedule)"));
        log("  latency from send:     %s", report.get(phase.name() + " latency (from send)"));
    }

    private void lag(Phase measured) throws InterruptedException {
        int expected = measured.ok();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (events.progressions.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        long[] lags = new long[expected];
        int matched = 0;
        int within = 0;
        int missing = 0;
        for (int i = 0; i < runners; i++) {
            if (measured.status()[i] != 201) {
                continue;
            }
            long at = events.progressionAt[i];
            if (at == 0) {
                missing++;
                continue;
            }
            long lag = at - measured.responseAt()[i];
            lags[matched++] = lag;
            if (lag <= lagTarget.toNanos()) {
                within++;
            }
        }
        long[] found = Arrays.copyOf(lags, matched);
        report.put("ProgressionApplied lag (event consumed - log answered)", percentiles(found));
        report.put("ProgressionApplied within 5 s", String.format("%,d of %,d logged (%.2f %%); %,d never arrived (120 s wait)",
                within, expected, expected == 0 ? 0 : 100.0 * within / expected, missing));
        log("lag: %s", report.get("ProgressionApplied lag (event consumed - log answered)"));
        log("%s", report.get("ProgressionApplied within 5 s"));
    }

    // ---- machine ----------------------------------------------------------------------------------------------------

    private Map<ChildProcess, Double> cpu() {
        Map<ChildProcess, Double> cpu = new LinkedHashMap<>();
        for (ChildProcess child : List.of(service, mongo, kafka)) {
            cpu.put(child, child.cpuSeconds());
        }
        return cpu;
    }

    private void cpuReport(Map<ChildProcess, Double> before, Map<ChildProcess, Double> after, Phase phase,
                           double[] loadBefore, double[] loadAfter) {
        StringBuilder text = new StringBuilder();
        for (var entry : after.entrySet()) {
            double used = entry.getValue() - before.get(entry.getKey());
            text.append(String.format("%s %.1f cores, ", entry.getKey().name, used / phase.seconds()));
        }
        text.append(String.format("(machine: %d cores, load average %.1f -> %.1f)", Runtime.getRuntime().availableProcessors(),
                loadBefore[0], loadAfter[0]));
        report.put("CPU during measured phase", text.toString());
    }

    private static double[] loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private void memory() {
        for (ChildProcess child : List.of(service, mongo, kafka)) {
            long[] rss = child.residentMiB();
            long heap = child.liveHeapMiB();
            report.put("memory " + child.name, String.format("RSS %,d MiB (peak %,d MiB)%s", rss[0], rss[1],
                    heap >= 0 ? String.format(", live heap after full GC %,d MiB", heap) : ""));
        }
        MongoDatabase db = serviceDatabase();
        StringBuilder data = new StringBuilder();
        for (String collection : List.of("programmes", "programme_log_buckets", "idempotency_keys", "processed_events",
                "security_runner_consents", "assessments")) {
            try {
                Document stats = db.runCommand(new Document("collStats", collection));
                data.append(String.format("%s %,d docs / %,.0f MB (avg %,d B); ", collection,
                        ((Number) stats.get("count")).longValue(), ((Number) stats.get("size")).doubleValue() / 1e6,
                        ((Number) stats.getOrDefault("avgObjSize", 0)).longValue()));
            } catch (RuntimeException e) {
                data.append(collection).append(" ?; ");
            }
        }
        report.put("mongo data", data.toString().strip());
    }

    // ---- report -----------------------------------------------------------------------------------------------------

    private void writeReport() throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.format("programme-service load benchmark, %s, %,d runners, target %,d logs/s for the measured phase%n",
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), runners, rate));
        text.append(String.format("targets: p99 <= 100 ms from the scheduled start; ProgressionApplied consumed within 5 s of each log%n%n"));
        int width = report.keySet().stream().mapToInt(String::length).max().orElse(20);
        report.forEach((key, value) -> text.append(String.format("%-" + width + "s  %s%n", key, value)));
        if (!notes.isEmpty()) {
            text.append(String.format("%nnotes:%n"));
            notes.forEach(note -> text.append("- ").append(note).append(System.lineSeparator()));
        }
        Path file = root.resolve("benchmarks/target/programme-load.txt");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(text);
        System.out.println("\nwritten to " + file);
    }

    private static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "no samples";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  (n=%,d)", ms(at(sorted, 0.50)), ms(at(sorted, 0.90)),
                ms(at(sorted, 0.99)), ms(at(sorted, 0.999)), ms(sorted[sorted.length - 1]), sorted.length);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        double millis = nanos / 1e6;
        return millis >= 1000 ? String.format("%,.2f s", millis / 1000) : String.format("%.1f ms", millis);
    }

    // ---- tokens -----------------------------------------------------------------------------------------------------

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private Path writePublicKey(KeyPair keys) throws IOException {
        Path file = work.resolve("jwt-public.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        return file;
    }

    /** One access token per runner, as identity-service issues them (RS256, role RUNNER, the runner id, 3 hours). */
    private String[] signTokens(KeyPair keys) {
        Instant now = Instant.now();
        ThreadLocal<RSASSASigner> signers = ThreadLocal.withInitial(() -> new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return IntStream.range(0, runners).parallel().mapToObj(i -> {
            String runnerId = runnerId(i);
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("account-of-" + runnerId).issuer(ISSUER)
                    .audience(List.of("backstride-web", "backstride-api")).issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofHours(3)))).jwtID(UUID.randomUUID().toString())
                    .claim("roles", List.of("RUNNER")).claim("runner_id", runnerId).claim("tenant", TENANT)
                    .claim("client_id", "backstride-web").build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("benchmark").build(), claims);
            try {
                jwt.sign(signers.get());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }).toArray(String[]::new);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    static String runnerId(int index) {
        return RUNNER_PREFIX + String.format("%06d", index);
    }

    static int runnerIndex(String runnerId) {
        return runnerId != null && runnerId.startsWith(RUNNER_PREFIX) ? Integer.parseInt(runnerId.substring(RUNNER_PREFIX.length())) : -1;
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use: stop what holds it or choose other ports (-Dkafka.port, -Dmongo.port, -Dservice.port)");
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("%s %s%n", LocalDateTime.now().toLocalTime().truncatedTo(ChronoUnit.MILLIS), String.format(format, args));
    }

    // ---- events out -------------------------------------------------------------------------------------------------

    /**
     * Reads programme.programme.v1 from the beginning on its own thread: each runner's first strength exercise from
     * ProgrammeCreated, and when (System.nanoTime) each runner's first ProgressionApplied was consumed.
     */
    static final class ProgrammeEvents implements Runnable {

        final String[] exercise;
        final long[] progressionAt;
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger progressions = new AtomicInteger();
        final AtomicLong lastCreatedAt = new AtomicLong();
        final Map<String, Integer> others = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, byte[]> consumer;
        private volatile boolean running = true;
        private Thread thread;

        ProgrammeEvents(String bootstrap, int runners) {
            exercise = new String[runners];
            progressionAt = new long[runners];
            consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "key.deserializer", StringDeserializer.class,
                    "value.deserializer", ByteArrayDeserializer.class, "enable.auto.commit", false,
                    "fetch.max.wait.ms", 50, "max.poll.records", 2_000));
            List<TopicPartition> partitions = consumer.partitionsFor(PROGRAMMES).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        void start() {
            thread = Thread.ofPlatform().name("programme-events").start(this);
        }

        void stop() {
            running = false;
            if (thread != null) {
                try {
                    thread.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void run() {
            try {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        int runner = runnerIndex(record.key());
                        Header header = record.headers().lastHeader("ce_type");
                        String type = header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
                        if (runner < 0 || runner >= exercise.length) {
                            others.merge("foreign key " + type, 1, Integer::sum);
                        } else if (type.equals(PROGRAMME_CREATED)) {
                            exercise[runner] = firstStrengthExercise(JSON.readTree(record.value()));
                            lastCreatedAt.accumulateAndGet(now, Math::max);
                            created.incrementAndGet();
                        } else if (type.equals(PROGRESSION_APPLIED)) {
                            if (progressionAt[runner] == 0) {
                                progressionAt[runner] = now;
                                progressions.incrementAndGet();
                            }
                        } else {
                            others.merge(type, 1, Integer::sum);
                        }
                    }
                }
            } finally {
                consumer.close(Duration.ofSeconds(2));
            }
        }

        private static String firstStrengthExercise(JsonNode programme) {
            for (JsonNode day : programme.path("week")) {
                for (JsonNode element : day.path("elements")) {
                    if ("STRENGTH".equals(element.path("purpose").asString())) {
                        return element.path("exerciseId").asString();
                    }
                }
            }
            return null;
        }
    }
}
