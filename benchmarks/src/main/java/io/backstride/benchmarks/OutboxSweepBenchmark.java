package io.backstride.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.backstride.platform.outbox.MongoOutboxStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a sweep and a scrape of the backlog gauges cost, and what they do to concurrent writes, on the embedded
 * server: N aggregates whose events were sent long ago plus a few with pending events. "scan" is the former
 * sweep (documents by {@code outbox.pending.time}) and gauges (count and oldest by the same field); "intents" is
 * the sweep and gauges reading {@code outbox_intents}. A writer inserts aggregates (intent, then document) as
 * fast as it can while another thread repeats sweep + gauges; the writer's latency is reported.
 * Usage: {@code ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.backstride.benchmarks.OutboxSweepBenchmark
 * [-Dexec.args="12000 [mongodb://host:port]"]} (12,000 = a minute of submissions at 200/s; in-process memory
 * backend unless a URI is given).
 */
public final class OutboxSweepBenchmark {

    private static final String COLLECTION = "aggregates";

    public static void main(String[] args) throws InterruptedException {
        int aggregates = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        MongoServer server = null;
        String uri;
        if (args.length > 1) {
            uri = args[1];
        } else {
            server = new MongoServer(new MemoryBackend());
            uri = "mongodb://127.0.0.1:" + server.bind().getPort();
        }
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "sweep-benchmark-" + System.currentTimeMillis());
            MongoOutboxStore store = new MongoOutboxStore(mongo);
            store.declareIndexes();
            MongoCollection<Document> collection = mongo.getCollection(COLLECTION);
            seed(collection, store, aggregates);

            Runnable scan = () -> {
                List<Document> page = collection.find(Filters.lte("outbox.pending.time", new Date()))
                        .sort(Sorts.ascending("outbox.pending.time")).limit(500).into(new ArrayList<>());
                collection.countDocuments(Filters.gte("outbox.pending.time", new Date(0)));
                collection.find(Filters.gte("outbox.pending.time", new Date(0)))
                        .sort(Sorts.ascending("outbox.pending.time")).limit(1).first();
                if (page.size() != 10) {
                    throw new IllegalStateException("scan found " + page.size());
                }
            };
            Runnable intents = () -> {
                var page = store.intentsOlderThan(COLLECTION, Instant.now(), 500);
                store.pendingIn(COLLECTION, page.stream().map(i -> i.documentId()).distinct().toList());
                store.countDocumentsWithPending(COLLECTION);
                store.oldestPending(COLLECTION);
            };
            for (int warm = 0; warm < 3; warm++) {
                time(scan);
                time(intents);
                writes(collection, store, null, 300);
            }
            System.out.printf("%n%d aggregates (10 with pending events), %s%n", aggregates,
                    server == null ? uri : "embedded server, memory backend");
            System.out.printf("%-40s %10s%n", "one sweep + one gauge scrape", "ms (median of 7)");
            System.out.printf("%-40s %10.2f%n", "scan of the aggregates (before)", median(() -> time(scan)));
            System.out.printf("%-40s %10.2f%n", "outbox_intents (after)", median(() -> time(intents)));
            System.out.printf("%n%-40s %8s %8s %8s%n", "writes (intent + insert) while", "p50 ms", "p99 ms", "max ms");
            report("nothing else runs", writes(collection, store, null, 2000));
            report("sweeps + scrapes scan, back to back", writes(collection, store, scan, 2000));
            report("sweeps + scrapes read intents, b2b", writes(collection, store, intents, 2000));
        } finally {
            if (server != null) {
                server.shutdownNow();
            }
        }
        System.exit(0);
    }

    private static void seed(MongoCollection<Document> collection, MongoOutboxStore store, int count) {
        List<Document> batch = new ArrayList<>(1000);
        for (int i = 0; i < count; i++) {
            batch.add(aggregate(List.of()));
            if (batch.size() == 1000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
        for (int i = 0; i < 10; i++) {
            String eventId = UUID.randomUUID().toString();
            Document document = aggregate(List.of(new Document("_id", eventId).append("topic", "bench.v1")
                    .append("key", "k").append("type", "bench").append("source", "/bench").append("time", new Date())
                    .append("payload", "p".repeat(200))));
            store.registerIntent(COLLECTION, document.get("_id"), List.of(eventId), Instant.now());
            collection.insertOne(document);
        }
    }

    private static Document aggregate(List<Document> pending) {
        return new Document("_id", UUID.randomUUID().toString()).append("runnerId", UUID.randomUUID().toString())
                .append("answers", "a".repeat(400)).append("outbox", new Document("pending", pending));
    }

    /** Latencies (ms) of {@code count} writes of new aggregates, while {@code background} runs in a loop. */
    private static double[] writes(MongoCollection<Document> collection, MongoOutboxStore store, Runnable background,
                                   int count) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread loop = background == null ? null : Thread.ofPlatform().start(() -> {
            while (running.get()) {
                background.run();
            }
        });
        double[] latencies = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Document document = aggregate(List.of());
            store.registerIntent("other", document.get("_id"), List.of(UUID.randomUUID().toString()), Instant.now());
            collection.insertOne(document);
            latencies[i] = (System.nanoTime() - start) / 1e6;
        }
        running.set(false);
        if (loop != null) {
            loop.join();
        }
        java.util.Arrays.sort(latencies);
        return latencies;
    }

    private static void report(String name, double[] sorted) {
        System.out.printf("%-40s %8.2f %8.2f %8.2f%n", name, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1]);
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Supplier<Double> measurement) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            values.add(measurement.get());
        }
        return values.stream().sorted().toList().get(3);
    }
}
