package io.backstride.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Lets one instance of a service at a time sweep a collection's outboxes. Correctness does not depend on
 * it (relaying twice only duplicates, and consumers are idempotent); it keeps several instances from doing
 * the same work.
 */
public class SweepLease {

    static final String COLLECTION = "outbox_sweep_leases";

    private final MongoOperations mongo;
    private final String owner;
    private final Duration duration;
    private final Clock clock;

    public SweepLease(MongoOperations mongo, String owner, Duration duration, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
    }

    /** Takes or renews the lease on {@code name}; false while another live instance holds it. */
    public boolean tryAcquire(String name) {
        Instant now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(name)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now)));
        Update take = new Update().set("owner", owner).set("until", now.plus(duration));
        try {
            mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    org.bson.Document.class, COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }
}
