package io.backstride.programme.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Idempotency keys of logging requests, per runner, kept for 7 days. */
@Component
public class IdempotencyKeys {

    /** What a key was first used for. */
    public record Use(String fingerprint, List<String> logIds) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    IdempotencyKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<Use> find(String runnerId, String key) {
        return Optional.ofNullable(mongo.findById(idOf(runnerId, key), IdempotencyKeyDocument.class))
                .map(document -> new Use(document.fingerprint(), document.logIds()));
    }

    /** Remembers a key once its request was committed; a concurrent twin keeps the first. */
    public void remember(String runnerId, String key, Use use) {
        try {
            mongo.insert(new IdempotencyKeyDocument(idOf(runnerId, key), runnerId, use.fingerprint(), use.logIds(),
                    clock.instant()));
        } catch (DuplicateKeyException alreadyRemembered) {
            // the same request raced itself; both recorded the same logs by client id
        }
    }

    private static String idOf(String runnerId, String key) {
        return runnerId + ":" + key;
    }
}
