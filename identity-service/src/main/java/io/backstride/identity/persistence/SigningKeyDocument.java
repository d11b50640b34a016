package io.backstride.identity.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The generated signing key of a local run (never used when IDENTITY_SIGNING_KEY is configured). */
@Document("signing_keys")
public record SigningKeyDocument(@Id String id, String keyId, String privateKeyPem, Instant createdAt) {
}
