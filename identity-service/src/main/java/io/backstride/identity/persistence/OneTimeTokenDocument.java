package io.backstride.identity.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A pending sign-in link: the SHA-256 of its token, for whom, until when. */
@Document("sign_in_links")
public record OneTimeTokenDocument(@Id String tokenHash, String username, Instant expiresAt) {
}
