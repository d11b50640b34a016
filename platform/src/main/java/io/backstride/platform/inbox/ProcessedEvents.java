package io.backstride.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The processed-event record of idempotent consumers: one document per (consumer group, event id), kept for
 * a retention period and then purged.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoOperations mongo;
    private final Duration retention;
    private final Clock clock;

    public ProcessedEvents(MongoOperations mongo, Duration retention, Clock clock) {
        this.mongo = mongo;
        this.retention = retention;
        this.clock = clock;
    }

    public void declareIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC).named("expire_at"));
    }

    public boolean contains(String group, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(group, eventId))), COLLECTION);
    }

    /** @return false when the event was already recorded (a concurrent duplicate during a rebalance) */
    public boolean record(String group, String eventId, String topic) {
        Instant now = clock.instant();
        Document processed = new Document("_id", key(group, eventId)).append("group", group)
                .append("eventId", eventId).append("topic", topic)
                .append("processedAt", now).append("expireAt", now.plus(retention));
        try {
            mongo.insert(processed, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    /** Removes records past their retention; a plain delete works on real MongoDB and the embedded server alike. */
    public long purgeExpired() {
        return mongo.remove(Query.query(Criteria.where("expireAt").lt(clock.instant())), COLLECTION).getDeletedCount();
    }

    private static String key(String group, String eventId) {
        return group + "/" + eventId;
    }
}
