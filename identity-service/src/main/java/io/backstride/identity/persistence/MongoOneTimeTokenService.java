package io.backstride.identity.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Emailed sign-in links that survive restarts and work across instances: only a hash is stored, and
 * consuming is an atomic find-and-delete, so a link signs in once.
 */
@Component
public class MongoOneTimeTokenService implements OneTimeTokenService {

    private final SecureRandom random = new SecureRandom();
    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoOneTimeTokenService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(request.getExpiresIn());
        mongo.insert(new OneTimeTokenDocument(TokenHashes.sha256(token), request.getUsername(), expiresAt));
        return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String token = authenticationToken.getTokenValue();
        if (token == null) {
            return null;
        }
        OneTimeTokenDocument found = mongo.findAndRemove(
                Query.query(Criteria.where("_id").is(TokenHashes.sha256(token))), OneTimeTokenDocument.class);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return null;
        }
        return new DefaultOneTimeToken(token, found.username(), found.expiresAt());
    }
}
