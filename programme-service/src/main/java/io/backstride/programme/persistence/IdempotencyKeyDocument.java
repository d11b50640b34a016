package io.backstride.programme.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A logging request seen under an {@code Idempotency-Key}: what it asked (a hash) and the logs it recorded. */
@Document(IdempotencyKeyDocument.COLLECTION)
record IdempotencyKeyDocument(@Id String id, String runnerId, String fingerprint, List<String> logIds,
                              @Indexed(expireAfter = "7d") Instant createdAt) {

    static final String COLLECTION = "idempotency_keys";
}
