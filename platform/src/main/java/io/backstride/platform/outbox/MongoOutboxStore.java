package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.backstride.platform.events.OutboxEvent;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.CollectionCallback;
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
 * <p>An intent is {@code {_id: event id, collection, document: the document's _id, since, touched}}.
 */
public class MongoOutboxStore implements OutboxStore {

    /** One document per aggregate document with unsent events (or about to have them). */
    public static final String INTENTS = "outbox_intents";

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoOperations mongo;

    public MongoOutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The sweep and the backlog gauges read a collection's intents by registration time. */
    public void declareIndexes() {
        onIntents(intents -> intents.createIndex(Indexes.ascending("collection", "since"),
                new IndexOptions().name("collection_since")));
    }

    /**
     * Runs driver operations through the template, so their failures are translated like every repository's
     * (a MongoDB out of reach is a {@code DataAccessResourceFailureException}: a 503, not a 500, when it fails a save).
     */
    private <T> T onIntents(CollectionCallback<T> action) {
        return mongo.execute(INTENTS, action);
    }

    @Override
    public List<PendingEvents> pendingIn(String collection, Collection<Object> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        // the driver's own query: ids exactly as stored, no mapping of id-like strings
        return mongo.execute(collection, documents -> {
            List<PendingEvents> result = new ArrayList<>();
            for (Document document : documents.find(Filters.in("_id", documentIds))
                    .projection(new Document(Outbox.PENDING, 1))) {
                add(result, document);
            }
            return result;
        });
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
        // (OutboxEvent.id is mapped to _id inside the embedded event documents). The former single updateMulti
        // pulling every id of the round from every document matched each event against the whole round's ids;
        // OutboxStoreBenchmark measures both.
        List<UpdateOneModel<Document>> updates = new ArrayList<>(sentEventIdsByDocument.size());
        sentEventIdsByDocument.forEach((documentId, eventIds) -> updates.add(new UpdateOneModel<>(
                Filters.eq("_id", documentId), Updates.pull(Outbox.PENDING, Filters.in("_id", eventIds)))));
        mongo.execute(collection, documents -> documents.bulkWrite(updates, UNORDERED));
    }

    @Override
    public void registerIntent(String collection, Object documentId, Collection<String> eventIds, Instant at) {
        Date time = Date.from(at);
        List<UpdateOneModel<Document>> upserts = new ArrayList<>(eventIds.size());
        for (String eventId : eventIds) {
            upserts.add(new UpdateOneModel<>(Filters.eq("_id", eventId), Updates.combine(
                    Updates.setOnInsert("collection", collection),
                    Updates.setOnInsert("document", documentId),
                    Updates.min("since", time),
                    Updates.max("touched", time)), UPSERT));
        }
        if (upserts.size() == 1) {
            UpdateOneModel<Document> upsert = upserts.getFirst();
            onIntents(intents -> intents.updateOne(upsert.getFilter(), upsert.getUpdate(), UPSERT));
        } else if (!upserts.isEmpty()) {
            onIntents(intents -> intents.bulkWrite(upserts, UNORDERED));
        }
    }

    @Override
    public List<OutboxIntent> intentsOlderThan(String collection, Instant cutoff, int limit) {
        // no sort: on the embedded server a limit without one stops the scan early; order does not matter here
        return onIntents(intents -> {
            List<OutboxIntent> result = new ArrayList<>();
            for (Document intent : intents.find(Filters.and(Filters.eq("collection", collection),
                    Filters.lte("since", Date.from(cutoff)))).limit(limit)) {
                result.add(new OutboxIntent(intent.getString("_id"), intent.get("document"),
                        intent.getDate("since").toInstant(), intent.getDate("touched").toInstant()));
            }
            return result;
        });
    }

    @Override
    public void forgetIntents(String collection, Map<Object, List<String>> sentEventIdsByDocument) {
        List<String> sent = sentEventIdsByDocument.values().stream().flatMap(List::stream).toList();
        if (!sent.isEmpty()) {
            onIntents(intents -> intents.deleteMany(Filters.in("_id", sent))); // by _id alone: indexed on both servers
        }
    }

    @Override
    public int tidyIntents(String collection, Collection<OutboxIntent> abandoned, Collection<OutboxIntent> unconfirmed,
                           Instant recheckAt) {
        List<WriteModel<Document>> writes = new ArrayList<>(abandoned.size() + unconfirmed.size());
        for (OutboxIntent intent : abandoned) {
            writes.add(new DeleteOneModel<>(unchanged(intent)));
        }
        for (OutboxIntent intent : unconfirmed) {
            writes.add(new UpdateOneModel<>(unchanged(intent), Updates.set("since", Date.from(recheckAt))));
        }
        if (writes.isEmpty()) {
            return 0;
        }
        BulkWriteResult result = onIntents(intents -> intents.bulkWrite(writes, UNORDERED));
        return result.getDeletedCount() + result.getModifiedCount();
    }

    private static Bson unchanged(OutboxIntent intent) {
        return Filters.and(Filters.eq("_id", intent.eventId()), Filters.eq("touched", Date.from(intent.touched())));
    }

    @Override
    public long countDocumentsWithPending(String collection) {
        return onIntents(intents -> intents.distinct("document", Filters.eq("collection", collection), BsonValue.class)
                .into(new HashSet<>()).size());
    }

    @Override
    public Optional<Instant> oldestPending(String collection) {
        Document oldest = onIntents(intents -> intents.find(Filters.eq("collection", collection))
                .sort(Sorts.ascending("since")).projection(new Document("since", 1)).limit(1).first());
        return Optional.ofNullable(oldest).map(intent -> intent.getDate("since").toInstant());
    }
}
