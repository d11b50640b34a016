package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backstride.platform.events.OutboxEvent;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Outboxes embedded in aggregate documents. Marking sent is a {@code $pull} by event id, so it never removes
 * an event added concurrently, and it does not touch the aggregate's {@code @Version}: a concurrent save by
 * the application at worst re-adds an event already sent, which consumers drop as a duplicate.
 */
public class MongoOutboxStore implements OutboxStore {

    private final MongoOperations mongo;

    public MongoOutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The sweep looks documents up by the age of their oldest pending event. */
    public void declareIndex(String collection) {
        mongo.indexOps(collection).createIndex(new Index().on(Outbox.PENDING_SINCE, Sort.Direction.ASC).sparse()
                .named("outbox_pending_since"));
    }

    @Override
    public List<PendingEvents> pendingIn(String collection, Collection<Object> documentIds) {
        Query query = new Query(Criteria.where("_id").in(documentIds).and(Outbox.PENDING_SINCE).exists(true));
        return read(collection, query);
    }

    @Override
    public List<PendingEvents> pendingOlderThan(String collection, Instant cutoff, int limit) {
        Query query = new Query(Criteria.where(Outbox.PENDING_SINCE).lte(cutoff))
                .with(Sort.by(Outbox.PENDING_SINCE)).limit(limit);
        return read(collection, query);
    }

    private List<PendingEvents> read(String collection, Query query) {
        query.fields().include(Outbox.PENDING);
        List<PendingEvents> result = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, collection)) {
            Document outbox = document.get(Outbox.FIELD, Document.class);
            List<?> pending = outbox == null ? List.of() : outbox.getList("pending", Object.class, List.of());
            if (!pending.isEmpty()) {
                List<OutboxEvent> events = pending.stream()
                        .map(item -> mongo.getConverter().read(OutboxEvent.class, (Document) item)).toList();
                result.add(new PendingEvents(document.get("_id"), events));
            }
        }
        return result;
    }

    @Override
    public void markSent(String collection, Map<Object, List<String>> sentEventIdsByDocument) {
        if (sentEventIdsByDocument.isEmpty()) {
            return;
        }
        BulkOperations pull = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        sentEventIdsByDocument.forEach((id, eventIds) -> pull.updateOne(Query.query(Criteria.where("_id").is(id)),
                new Update().pull(Outbox.PENDING, Query.query(Criteria.where("_id").in(eventIds)))));
        pull.execute();
        // Only documents whose outbox is now empty lose the sweep marker; a concurrent add keeps it.
        BulkOperations unmark = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        sentEventIdsByDocument.keySet().forEach(id -> unmark.updateOne(
                Query.query(Criteria.where("_id").is(id).and(Outbox.PENDING).size(0)),
                new Update().unset(Outbox.PENDING_SINCE)));
        unmark.execute();
    }

    @Override
    public long countDocumentsWithPending(String collection) {
        return mongo.count(Query.query(Criteria.where(Outbox.PENDING_SINCE).exists(true)), collection);
    }

    @Override
    public Optional<Instant> oldestPending(String collection) {
        Query query = new Query(Criteria.where(Outbox.PENDING_SINCE).exists(true))
                .with(Sort.by(Outbox.PENDING_SINCE)).limit(1);
        query.fields().include(Outbox.PENDING_SINCE);
        Document oldest = mongo.findOne(query, Document.class, collection);
        if (oldest == null) {
            return Optional.empty();
        }
        Object since = oldest.get(Outbox.FIELD, Document.class).get("pendingSince");
        return since instanceof java.util.Date date ? Optional.of(date.toInstant()) : Optional.empty();
    }
}
