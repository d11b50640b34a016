package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.backstride.platform.events.OutboxEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Outboxes embedded in aggregate documents, and their intents in one small collection, {@value #INTENTS}.
 *
 * <p>Marking sent is a {@code $pull} by event id on each document's {@code _id}, so it never removes an event
 * added concurrently, and it does not touch the aggregate's {@code @Version}: a concurrent save by the application
 * at worst re-adds an event already sent, which consumers drop as a duplicate. Every write here names documents by
 * {@code _id}, which both real MongoDB and the embedded server answer from the primary index; the only queries
 * that are not by {@code _id} read the intents collection, which holds only documents with unsent events.
 *
 * <p>An intent is {@code {_id: {collection, id}, collection, events: [event ids], since, touched}}.
 */
public class MongoOutboxStore implements OutboxStore {

    /** One document per aggregate document with unsent events (or about to have them). */
    public static final String INTENTS = "outbox_intents";

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoOperations mongo;

    public MongoOutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The sweep and the backlog gauges read a collection's intents by registration time. */
    public void declareIndexes() {
        intents().createIndex(Indexes.ascending("collection", "since"), new IndexOptions().name("collection_since"));
    }

    private MongoCollection<Document> intents() {
        return mongo.getCollection(INTENTS);
    }

    private static Document intentId(String collection, Object documentId) {
        return new Document("collection", collection).append("id", documentId);
    }

    @Override
    public List<PendingEvents> pendingIn(String collection, Collection<Object> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        // the driver's own query: ids exactly as stored, no mapping of id-like strings
        List<PendingEvents> result = new ArrayList<>();
        for (Document document : mongo.getCollection(collection).find(Filters.in("_id", documentIds))
                .projection(new Document(Outbox.PENDING, 1))) {
            add(result, document);
        }
        return result;
    }

    @Override
    public List<PendingEvents> pendingOlderThan(String collection, Instant cutoff, int limit) {
        Query query = new Query(Criteria.where(Outbox.PENDING_TIME).lte(cutoff))
                .with(Sort.by(Outbox.PENDING_TIME)).limit(limit);
        return read(collection, query);
    }

    private List<PendingEvents> read(String collection, Query query) {
        query.fields().include(Outbox.PENDING);
        List<PendingEvents> result = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, collection)) {
            add(result, document);
        }
        return result;
    }

    private void add(List<PendingEvents> result, Document document) {
        List<?> pending = pending(document);
        if (!pending.isEmpty()) {
            List<OutboxEvent> events = pending.stream()
                    .map(item -> mongo.getConverter().read(OutboxEvent.class, (Document) item)).toList();
            result.add(new PendingEvents(document.get("_id"), events));
        }
    }

    private static List<?> pending(Document document) {
        Document outbox = document.get(Outbox.FIELD, Document.class);
        return outbox == null ? List.of() : outbox.getList("pending", Object.class, List.of());
    }

    @Override
    public void markSent(String collection, Map<Object, List<String>> sentEventIdsByDocument) {
        if (sentEventIdsByDocument.isEmpty()) {
            return;
        }
        // One command for the round, one update per document pulling only that document's acknowledged ids
        // (OutboxEvent.id is mapped to _id inside the embedded event documents).
        List<UpdateOneModel<Document>> updates = new ArrayList<>(sentEventIdsByDocument.size());
        sentEventIdsByDocument.forEach((documentId, eventIds) -> updates.add(new UpdateOneModel<>(
                Filters.eq("_id", documentId), Updates.pull(Outbox.PENDING, Filters.in("_id", eventIds)))));
        mongo.getCollection(collection).bulkWrite(updates, UNORDERED);
    }

    @Override
    public void registerIntent(String collection, Object documentId, Collection<String> eventIds, Instant at) {
        if (eventIds.isEmpty()) {
            return;
        }
        Date time = Date.from(at);
        intents().updateOne(Filters.eq("_id", intentId(collection, documentId)), Updates.combine(
                        Updates.setOnInsert("collection", collection),
                        Updates.addEachToSet("events", List.copyOf(eventIds)),
                        Updates.min("since", time),
                        Updates.max("touched", time)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<OutboxIntent> intentsOlderThan(String collection, Instant cutoff, int limit) {
        List<OutboxIntent> result = new ArrayList<>();
        for (Document intent : intents().find(Filters.and(Filters.eq("collection", collection),
                Filters.lte("since", Date.from(cutoff)))).sort(Sorts.ascending("since")).limit(limit)) {
            result.add(new OutboxIntent(intent.get("_id", Document.class).get("id"),
                    intent.getList("events", String.class, List.of()),
                    intent.getDate("since").toInstant(), intent.getDate("touched").toInstant()));
        }
        return result;
    }

    @Override
    public void forgetIntents(String collection, Map<Object, List<String>> sentEventIdsByDocument) {
        if (sentEventIdsByDocument.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = new ArrayList<>(sentEventIdsByDocument.size());
        sentEventIdsByDocument.forEach((documentId, eventIds) -> updates.add(new UpdateOneModel<>(
                Filters.eq("_id", intentId(collection, documentId)), Updates.pullAll("events", eventIds))));
        intents().bulkWrite(updates, UNORDERED);
        deleteEmpty(collection, sentEventIdsByDocument.keySet());
    }

    @Override
    public int tidyIntents(String collection, Collection<OutboxIntent> abandoned, Collection<OutboxIntent> unconfirmed,
                           Instant recheckAt, Collection<Object> documentIds) {
        List<UpdateOneModel<Document>> updates = new ArrayList<>(abandoned.size() + unconfirmed.size());
        for (OutboxIntent intent : abandoned) {
            updates.add(new UpdateOneModel<>(unchanged(collection, intent), Updates.pullAll("events", intent.eventIds())));
        }
        for (OutboxIntent intent : unconfirmed) {
            updates.add(new UpdateOneModel<>(unchanged(collection, intent), Updates.set("since", Date.from(recheckAt))));
        }
        int changed = updates.isEmpty() ? 0 : intents().bulkWrite(updates, UNORDERED).getModifiedCount();
        return changed + deleteEmpty(collection, documentIds);
    }

    private static Bson unchanged(String collection, OutboxIntent intent) {
        return Filters.and(Filters.eq("_id", intentId(collection, intent.documentId())),
                Filters.eq("touched", Date.from(intent.touched())));
    }

    /** Deletes the intents of these documents that have no events left. */
    private int deleteEmpty(String collection, Collection<Object> documentIds) {
        if (documentIds.isEmpty()) {
            return 0;
        }
        List<Bson> ids = documentIds.stream().map(id -> (Bson) intentId(collection, id)).toList();
        return (int) intents().deleteMany(Filters.and(Filters.in("_id", ids), Filters.size("events", 0)))
                .getDeletedCount();
    }

    @Override
    public long countDocumentsWithPending(String collection) {
        return intents().countDocuments(Filters.eq("collection", collection));
    }

    @Override
    public Optional<Instant> oldestPending(String collection) {
        Document oldest = intents().find(Filters.eq("collection", collection)).sort(Sorts.ascending("since"))
                .projection(new Document("since", 1)).limit(1).first();
        return Optional.ofNullable(oldest).map(intent -> intent.getDate("since").toInstant());
    }
}
