package io.backstride.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.outbox.MongoOutboxStore;
import io.backstride.platform.outbox.OutboxRelay;
import io.backstride.platform.outbox.SweepLease;
import io.backstride.platform.test.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Outbox relay throughput against Kafka's own ProducerPerformance, on the same broker in the same run.
 *
 * <p>Kafka's tool sends N records of 200 bytes with acks=all. The relay then publishes N outbox events
 * (about 200-byte JSON payloads, CloudEvents headers) that sit in N documents of the MongoDB server, through
 * the two paths services use: the fast path (hints after saves) and the sweep (backlog after an outage).
 * Usage: {@code ./mvnw -q -pl benchmarks -am install -DskipTests && ./mvnw -q -pl benchmarks exec:java
 * [-Dexec.args=100000]}.
 */
public final class OutboxRelayBenchmark {

    /** The relay runner's default number of fast-path workers. */
    private static final int WORKERS = Integer.getInteger("workers", 2);

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String bootstrap = infrastructure.kafkaBootstrapServers();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("bench.raw.v1", 12, (short) 1),
                    new NewTopic("bench.outbox.v1", 12, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }

        double kafkaRate = KafkaTools.producerPerformance(bootstrap, "bench.raw.v1", events);

        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                "bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true, "linger.ms", 5,
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class)));
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoTemplate mongo = new MongoTemplate(client, "benchmark");
            MongoOutboxStore store = new MongoOutboxStore(mongo);

            Map<Object, OutboxEvent> saved = seed(mongo, "fastpath", events);
            OutboxRelay relay = relay(store, kafka, mongo, "fastpath");
            long start = System.nanoTime();
            saved.forEach((id, event) -> relay.hint("fastpath", id, List.of(event)));
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    try {
                        while (sent.get() < events) {
                            sent.addAndGet(relay.relayHinted(Duration.ofMillis(200)));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double fastRate = rate(events, start);
            check(mongo, store, "fastpath");

            seed(mongo, "backlog", events);
            OutboxRelay sweeper = relay(store, kafka, mongo, "backlog");
            start = System.nanoTime();
            int swept = 0;
            while (swept < events) {
                swept += sweeper.sweep();
            }
            double sweepRate = rate(events, start);
            check(mongo, store, "backlog");

            System.out.printf("%n%-48s %12s %8s%n", "path (" + events + " events, same broker, same run)", "events/s", "ratio");
            System.out.printf("%-48s %12.0f %8s%n", "Kafka ProducerPerformance (200 B, acks=all)", kafkaRate, "1.00");
            System.out.printf("%-48s %12.0f %8.2f%n", "outbox relay, fast path, " + WORKERS + " workers", fastRate, fastRate / kafkaRate);
            System.out.printf("%-48s %12.0f %8.2f%n", "outbox relay, sweep (backlog after an outage)", sweepRate, sweepRate / kafkaRate);
        }
        kafka.destroy();
        System.exit(0);
    }

    /**
     * N aggregates, each with one pending event of a ~200-byte payload, and their intents, written as the
     * services' saves would (intent first, then the document).
     */
    private static Map<Object, OutboxEvent> seed(MongoTemplate mongo, String collection, int count) {
        mongo.dropCollection(collection);
        new MongoOutboxStore(mongo).declareIndexes();
        mongo.getCollection(MongoOutboxStore.INTENTS).deleteMany(new Document("collection", collection));
        List<Document> intents = new ArrayList<>(1000);
        Instant now = Instant.now();
        String payload = "{\"runnerId\":\"%s\",\"programmeId\":\"p-1\",\"week\":3,\"exercise\":\"glute-bridge\","
                + "\"fromLevel\":\"base\",\"toLevel\":\"harder\",\"rule\":\"progression.easy-twice.v1\",\"pad\":\"xxxxxxxxxxxxxx\"}";
        Map<Object, OutboxEvent> saved = new java.util.LinkedHashMap<>();
        List<Document> batch = new ArrayList<>(1000);
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), "bench.outbox.v1", id,
                    "backstride.bench.ExerciseProgressed.v1", "/backstride/benchmark", id, now,
                    payload.formatted(id), "req-" + i);
            saved.put(id, event);
            Document pending = new Document("_id", event.id()).append("topic", event.topic()).append("key", event.key())
                    .append("type", event.type()).append("source", event.source()).append("subject", event.subject())
                    .append("time", java.util.Date.from(event.time())).append("payload", event.payload())
                    .append("requestId", event.requestId());
            batch.add(new Document("_id", id).append("state", "changed")
                    .append("outbox", new Document("pending", List.of(pending))));
            intents.add(new Document("_id", event.id()).append("collection", collection).append("document", id)
                    .append("since", java.util.Date.from(now)).append("touched", java.util.Date.from(now)));
            if (batch.size() == 1000) {
                mongo.getCollection(MongoOutboxStore.INTENTS).insertMany(intents);
                intents.clear();
                mongo.getCollection(collection).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(MongoOutboxStore.INTENTS).insertMany(intents);
            mongo.getCollection(collection).insertMany(batch);
        }
        return saved;
    }

    private static OutboxRelay relay(MongoOutboxStore store, KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo,
                                     String collection) {
        SweepLease lease = new SweepLease(mongo, "benchmark", Duration.ofMinutes(5), Clock.systemUTC());
        return new OutboxRelay(store, kafka, lease, Set.of(collection), 1000, Duration.ZERO, Duration.ofMinutes(2), Duration.ofSeconds(60),
                Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private static double rate(int events, long startNanos) {
        return events / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static void check(MongoTemplate mongo, MongoOutboxStore store, String collection) {
        long intents = store.countDocumentsWithPending(collection);
        long pending = mongo.getCollection(collection).countDocuments(new Document("outbox.pending.0",
                new Document("$exists", true)));
        if (intents != 0 || pending != 0) {
            throw new IllegalStateException(pending + " documents still pending, " + intents + " intents left in "
                    + collection);
        }
    }
}
