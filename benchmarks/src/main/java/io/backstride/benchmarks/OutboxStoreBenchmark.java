package io.backstride.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.backstride.platform.outbox.MongoOutboxStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The MongoDB side of a relay round alone, on the embedded server (memory backend), no Kafka: how long marking
 * events sent takes per event with the former single {@code updateMulti} ({@code $pull} of every acknowledged id
 * from every document of the round) and with the per-document bulk write, and what the intents add.
 * Usage: {@code ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.backstride.benchmarks.OutboxStoreBenchmark
 * [-Dexec.args="20000 1000"]} (documents, documents per round).
 */
public final class OutboxStoreBenchmark {

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int round = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        MongoServer server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "store-benchmark");
            MongoOutboxStore store = new MongoOutboxStore(mongo);
            for (int repeat = 0; repeat < 2; repeat++) { // the first pass warms the JIT up
                System.out.printf("%n%d documents, %d per round%n", documents, round);
                measure("pull: one updateMulti, $pull of every id", mongo, store, documents, round, Variant.UPDATE_MULTI);
                measure("pull: bulk of one updateOne per document", mongo, store, documents, round, Variant.BULK);
                measure("pull: bulk per document + delete intents", mongo, store, documents, round, Variant.BULK_AND_INTENTS);
                measure("register intents (one upsert per save)", mongo, store, documents, round, Variant.REGISTER);
            }
        } finally {
            server.shutdownNow();
        }
    }

    enum Variant { UPDATE_MULTI, BULK, BULK_AND_INTENTS, REGISTER }

    private static void measure(String name, MongoTemplate mongo, MongoOutboxStore store, int count, int round,
                                Variant variant) {
        MongoCollection<Document> collection = mongo.getCollection("aggregates");
        collection.drop();
        mongo.getCollection(MongoOutboxStore.INTENTS).drop();
        Map<Object, List<String>> all = new LinkedHashMap<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            all.put(id, List.of(eventId));
            batch.add(new Document("_id", id).append("state", "x").append("outbox", new Document("pending",
                    List.of(new Document("_id", eventId).append("time", new Date()).append("payload", "p".repeat(200))))));
            if (batch.size() == 1000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
        if (variant == Variant.BULK_AND_INTENTS) {
            all.forEach((id, events) -> store.registerIntent("aggregates", id, events, Instant.now()));
        }
        long start = System.nanoTime();
        Map<Object, List<String>> chunk = new LinkedHashMap<>();
        for (var entry : all.entrySet()) {
            if (variant == Variant.REGISTER) {
                store.registerIntent("aggregates", entry.getKey(), entry.getValue(), Instant.now());
                continue;
            }
            chunk.put(entry.getKey(), entry.getValue());
            if (chunk.size() == round) {
                markSent(mongo, store, chunk, variant);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            markSent(mongo, store, chunk, variant);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long left = collection.countDocuments(Filters.exists("outbox.pending.0"));
        System.out.printf("%-48s %10.0f events/s%s%n", name, count / seconds,
                variant == Variant.REGISTER || left == 0 ? "" : "  (" + left + " left!)");
    }

    private static void markSent(MongoTemplate mongo, MongoOutboxStore store, Map<Object, List<String>> sent,
                                 Variant variant) {
        if (variant == Variant.UPDATE_MULTI) {
            List<String> acknowledged = sent.values().stream().flatMap(List::stream).toList();
            mongo.getCollection("aggregates").updateMany(Filters.in("_id", sent.keySet()),
                    Updates.pull("outbox.pending", Filters.in("_id", acknowledged)));
        } else {
            store.markSent("aggregates", sent);
            if (variant == Variant.BULK_AND_INTENTS) {
                store.forgetIntents("aggregates", sent);
            }
        }
    }
}
