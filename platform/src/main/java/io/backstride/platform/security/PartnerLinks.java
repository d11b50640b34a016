package io.backstride.platform.security;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * This service's copy of which partner apps each runner linked, kept from identity-service's
 * {@code identity.partner-link.v1} events, so a revoked link stops a partner here before its last access token
 * expires. Out-of-order changes are resolved by their time, the newest wins.
 */
public class PartnerLinks {

    static final String COLLECTION = "security_partner_links";

    private final MongoTemplate mongo;

    public PartnerLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean isLinked(String runnerId, String partnerClientId) {
        Link link = mongo.findById(id(runnerId, partnerClientId), Link.class, COLLECTION);
        return link != null && link.linked();
    }

    public void changed(String runnerId, String tenantId, String partnerClientId, boolean linked, List<String> scopes,
                        Instant at) {
        String id = id(runnerId, partnerClientId);
        Query olderOrNone = Query.query(Criteria.where("_id").is(id).and("changedAt").lt(at));
        Update update = new Update().set("runnerId", runnerId).set("tenantId", tenantId)
                .set("partnerClientId", partnerClientId).set("linked", linked).set("scopes", scopes).set("changedAt", at);
        try {
            mongo.upsert(olderOrNone, update, COLLECTION);
        } catch (DuplicateKeyException newerStored) {
            // the stored change is newer than this one: keep it
        }
    }

    private static String id(String runnerId, String partnerClientId) {
        return runnerId + "|" + partnerClientId;
    }

    /** One runner's link with one partner app as last heard. */
    @Document(COLLECTION)
    public record Link(@Id String id, String runnerId, String tenantId, String partnerClientId, boolean linked,
                       List<String> scopes, Instant changedAt) {
    }
}
