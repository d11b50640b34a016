package io.backstride.platform.security;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * This service's copy of each runner's health-data consent, kept from identity-service's {@code identity.consent.v1}
 * events. Events may arrive late, twice or out of order (retry topics): a change older than the one stored is
 * ignored, so the newest decision always wins.
 */
public class RunnerConsents {

    static final String COLLECTION = "security_runner_consents";

    private final MongoTemplate mongo;

    public RunnerConsents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean inForce(String runnerId) {
        Consent consent = mongo.findById(runnerId, Consent.class, COLLECTION);
        return consent != null && consent.inForce();
    }

    public void given(String runnerId, String tenantId, String version, Instant at) {
        record(new Consent(runnerId, tenantId, true, version, at));
    }

    public void withdrawn(String runnerId, String tenantId, String version, Instant at) {
        record(new Consent(runnerId, tenantId, false, version, at));
    }

    private void record(Consent change) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(change.runnerId()).and("changedAt").lt(change.changedAt()));
        Update update = new Update().set("tenantId", change.tenantId()).set("inForce", change.inForce())
                .set("version", change.version()).set("changedAt", change.changedAt());
        try {
            mongo.upsert(olderOrNone, update, COLLECTION);
        } catch (DuplicateKeyException newerStored) {
            // the stored decision is newer than this one: keep it
        }
    }

    /** One runner's consent as last heard. */
    @Document(COLLECTION)
    public record Consent(@Id String runnerId, String tenantId, boolean inForce, String version, Instant changedAt) {
    }
}
