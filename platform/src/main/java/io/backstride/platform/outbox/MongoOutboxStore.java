package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backstride.platform.events.OutboxEvent;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Outboxes embedded in aggregate documents. Marking sent is a {@code $pull} by event id on the documents'
 * {@code _id}s, so it never removes an event added concurrently, and it does not touch the aggregate's
 * {@code @Version}: a concurrent save by the application at worst re-adds an event already sent, which
 * consumers drop as a duplicate. Lookups on the hot path use {@code _id} alone, which both real MongoDB and the
 * embedded server answer from the primary index; the sweep uses an index on the pending events' time.
 */
public class MongoOutboxStore implements OutboxStore {

    private final MongoOperations mongo;

    public MongoOutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The sweep and the backlog gauges look documents up by the time of their pending events (multikey index). */
    public void declareIndex(String collection) {
        mongo.indexOps(collection).createIndex(new Index().on(Outbox.PENDING_TIME, Sort.Direction.ASC)
                .named("outbox_pending_time"));
    }

    @Override
    public List<PendingEvents> pendingIn(String collection, Collection<Object> documentIds) {
        return read(collection, new Query(Criteria.where("_id").in(documentIds)));
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
            List<?> pending = pending(document);
            if (!pending.isEmpty()) {
                List<OutboxEvent> events = pending.stream()
                        .map(item -> mongo.getConverter().read(OutboxEvent.class, (Document) item)).toList();
                result.add(new PendingEvents(document.get("_id"), events));
            }
        }
        return result;
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
        // One command for the whole round: event ids are unique, so pulling every acknowledged id from every
        // document of the round removes exactly what was acknowledged. (OutboxEvent.id is mapped to _id inside
        // the embedded event documents.)
        List<String> acknowledged = sentEventIdsByDocument.values().stream().flatMap(List::stream).toList();
        mongo.updateMulti(Query.query(Criteria.where("_id").in(sentEventIdsByDocument.keySet())),
                new Update().pull(Outbox.PENDING, Query.query(Criteria.where("_id").in(acknowledged))), collection);
    }

    @Override
    public long countDocumentsWithPending(String collection) {
        return mongo.count(Query.query(Criteria.where(Outbox.PENDING_TIME).gte(Instant.EPOCH)), collection);
    }

    @Override
    public Optional<Instant> oldestPending(String collection) {
        Query query = new Query(Criteria.where(Outbox.PENDING_TIME).gte(Instant.EPOCH))
                .with(Sort.by(Outbox.PENDING_TIME)).limit(1);
        query.fields().include(Outbox.PENDING_TIME);
        Document oldest = mongo.findOne(query, Document.class, collection);
        if (oldest == null) {
            return Optional.empty();
        }
        return pending(oldest).stream().map(event -> ((Document) event).get("time"))
                .filter(Date.class::isInstance).map(time -> ((Date) time).toInstant())
                .min(Comparator.naturalOrder());
    }
}
