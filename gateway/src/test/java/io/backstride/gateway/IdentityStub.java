package io.backstride.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Stands in for identity-service: publishes a JSON Web Key Set at {@code /oauth2/jwks} (the gateway's default
 * {@code IDENTITY_JWKS_URI} for an {@code IDENTITY_ISSUER} at {@link #issuer()}), mints RS256 access tokens like
 * identity-service's, and answers anything else as a stub service (the {@code /api/v1/identity/**} route).
 */
final class IdentityStub implements AutoCloseable {

    static final String AUDIENCE = "backstride-api";
    static final String WEB_CLIENT = "backstride-web";

    private final StubService http = StubService.start("identity");
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger jwksReads = new AtomicInteger();
    private volatile boolean jwksDown;
    final RSAKey signingKey = newKey("key-1");

    private IdentityStub() {
        published.add(signingKey);
        reset();
    }

    static IdentityStub start() {
        return new IdentityStub();
    }

    static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return http.url();
    }

    StubService http() {
        return http;
    }

    void publish(RSAKey key) {
        published.add(key);
    }

    int jwksReads() {
        return jwksReads.get();
    }

    void jwksDown(boolean down) {
        this.jwksDown = down;
    }

    /** Clears what the stub received and restores its answers (JWKS, echo); published keys stay. */
    void reset() {
        http.reset();
        http.answer(request -> {
            if (!request.uri().equals("/oauth2/jwks")) {
                return http.echo(request);
            }
            jwksReads.incrementAndGet();
            if (jwksDown) {
                return StubService.Reply.status(503);
            }
            List<JWK> keys = new ArrayList<>(published.stream().map(RSAKey::toPublicJWK).toList());
            return new StubService.Reply(200, new JWKSet(keys).toString(), Duration.ZERO);
        });
    }

    /** A token for a fresh subject of the web app, valid for 5 minutes, with no roles yet. */
    Token token() {
        return new Token(this);
    }

    /** An access token as identity-service issues it; every part can be changed to make it invalid. */
    static final class Token {

        String subject = "account-" + UUID.randomUUID();
        List<String> roles = List.of();
        String clientId = WEB_CLIENT;
        String issuer;
        List<String> audience = List.of(AUDIENCE);
        Instant issuedAt = Instant.now();
        Instant expiresAt = issuedAt.plus(Duration.ofMinutes(5));
        Instant notBefore = issuedAt;
        RSAKey key;
        String keyId;
        final Map<String, Object> claims = new LinkedHashMap<>();

        private Token(IdentityStub identity) {
            this.issuer = identity.issuer();
            this.key = identity.signingKey;
            this.keyId = key.getKeyID();
        }

        Token subject(String subject) {
            this.subject = subject;
            return this;
        }

        Token roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        Token clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        Token audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        Token expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        Token notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /** Signs with this key, under its own key id. */
        Token signedWith(RSAKey key) {
            this.key = key;
            this.keyId = key.getKeyID();
            return this;
        }

        /** Signs with this key, claiming another key id (a forged signature). */
        Token signedWith(RSAKey key, String claimedKeyId) {
            this.key = key;
            this.keyId = claimedKeyId;
            return this;
        }

        Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        String subject() {
            return subject;
        }

        String sign() {
            JWTClaimsSet.Builder claimSet = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(notBefore == null ? null : Date.from(notBefore))
                    .expirationTime(expiresAt == null ? null : Date.from(expiresAt))
                    .claim("roles", roles)
                    .claim("tenant", "organiser-1")
                    .claim("client_id", clientId)
                    .claim("scope", "openid profile");
            claims.forEach(claimSet::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claimSet.build());
            try {
                jwt.sign(new RSASSASigner(key));
            }
            catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        String bearer() {
            return "Bearer " + sign();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
