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
            Map<Variant, List<Double>> rates = new java.util.EnumMap<>(Variant.class);
            for (int repeat = 0; repeat < 6; repeat++) { // interleaved, the first pass only warms the JIT up
                for (Variant variant : Variant.values()) {
                    double rate = measure(mongo, store, documents, round, variant);
                    if (repeat > 0) {
                        rates.computeIfAbsent(variant, v -> new ArrayList<>()).add(rate);
                    }
                }
            }
            System.out.printf("%n%d documents, %d per round; median of %d runs%n", documents, round,
                    rates.get(Variant.BULK).size());
            rates.forEach((variant, list) -> {
                List<Double> sorted = list.stream().sorted().toList();
                System.out.printf("%-52s %10.0f events/s%n", variant.description, sorted.get(sorted.size() / 2));
            });
        } finally {
            server.shutdownNow();
        }
    }

    enum Variant {
        UPDATE_MULTI("pull: one updateMulti, $pull of every id ($in)"),
        BULK("pull: bulk, one updateOne per document ($in)"),
        BULK_EQ("pull: bulk, one updateOne per document (equality)"),
        BULK_AND_INTENTS("pull: bulk per document, then delete the intents"),
        SET_FLOOR("floor: bulk, $set of one field per document"),
        INTENTS_ONLY("delete the intents alone (deleteMany by _id)"),
        REGISTER("register an intent (one upsert per save)");

        final String description;

        Variant(String description) {
            this.description = description;
        }
    }

    private static double measure(MongoTemplate mongo, MongoOutboxStore store, int count, int round, Variant variant) {
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
        if (variant == Variant.BULK_AND_INTENTS || variant == Variant.INTENTS_ONLY) {
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
        boolean pulls = variant != Variant.REGISTER && variant != Variant.SET_FLOOR && variant != Variant.INTENTS_ONLY;
        if (pulls && left != 0) {
            throw new IllegalStateException(variant + " left " + left + " documents pending");
        }
        return count / seconds;
    }

    private static void markSent(MongoTemplate mongo, MongoOutboxStore store, Map<Object, List<String>> sent,
                                 Variant variant) {
        if (variant == Variant.UPDATE_MULTI) {
            List<String> acknowledged = sent.values().stream().flatMap(List::stream).toList();
            mongo.getCollection("aggregates").updateMany(Filters.in("_id", sent.keySet()),
                    Updates.pull("outbox.pending", Filters.in("_id", acknowledged)));
        } else if (variant == Variant.BULK_EQ) {
            List<com.mongodb.client.model.UpdateOneModel<Document>> updates = new ArrayList<>();
            sent.forEach((id, events) -> updates.add(new com.mongodb.client.model.UpdateOneModel<>(Filters.eq("_id", id),
                    Updates.pull("outbox.pending", new Document("_id", events.getFirst())))));
            mongo.getCollection("aggregates").bulkWrite(updates);
        } else if (variant == Variant.SET_FLOOR) {
            List<com.mongodb.client.model.UpdateOneModel<Document>> updates = new ArrayList<>();
            sent.forEach((id, events) -> updates.add(new com.mongodb.client.model.UpdateOneModel<>(Filters.eq("_id", id),
                    Updates.set("state", "y"))));
            mongo.getCollection("aggregates").bulkWrite(updates);
        } else if (variant == Variant.INTENTS_ONLY) {
            store.forgetIntents("aggregates", sent);
        } else {
            store.markSent("aggregates", sent);
            if (variant == Variant.BULK_AND_INTENTS || variant == Variant.INTENTS_ONLY) {
                store.forgetIntents("aggregates", sent);
            }
        }
    }
}
