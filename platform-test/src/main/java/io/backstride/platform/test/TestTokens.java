package io.backstride.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for tests, signed with a key made for this test JVM; {@link WithKafkaAndMongo} points the service
 * at its public key and issuer, so the service validates them exactly as it validates identity-service's tokens
 * (signature, expiry, issuer, audience). Use {@link #bearer} values as the {@code Authorization} header.
 */
public final class TestTokens {

    public static final String ISSUER = "http://identity.test";
    public static final String AUDIENCE = "backstride-api";
    public static final String TENANT = "test-race";

    private static final KeyPair KEYS = generate();
    private static final KeyPair FOREIGN_KEYS = generate();
    private static volatile Path publicKeyFile;

    private TestTokens() {
    }

    /** A runner of the test tenant. */
    public static String runner(String runnerId) {
        return token().runner(runnerId).bearer();
    }

    /** Someone with these roles (and no runner id) in the test tenant. */
    public static String withRoles(String subject, String... roles) {
        return token().subject(subject).roles(roles).bearer();
    }

    /** A partner app acting for a runner, with the scopes the runner approved. */
    public static String partner(String runnerId, String partnerClientId, String... scopes) {
        return token().subject("account-of-" + runnerId).roles("PARTNER").runnerId(runnerId).clientId(partnerClientId)
                .scopes(scopes).bearer();
    }

    public static Builder token() {
        return new Builder();
    }

    /** The PEM file of the public key, written once per JVM. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("backstride-test-jwt", ".pem");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with any claims, including wrong ones for negative tests. */
    public static final class Builder {

        private String subject = "test-subject";
        private String tenant = TENANT;
        private List<String> roles = List.of();
        private String runnerId;
        private String clientId = "backstride-web";
        private List<String> scopes = List.of();
        private String issuer = ISSUER;
        private List<String> audience = List.of("backstride-web", AUDIENCE);
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private boolean foreignKey;

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        /** A runner: role RUNNER and the runner id. */
        public Builder runner(String runnerId) {
            return subject("account-of-" + runnerId).roles("RUNNER").runnerId(runnerId);
        }

        public Builder runnerId(String runnerId) {
            this.runnerId = runnerId;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder scopes(String... scopes) {
            this.scopes = List.of(scopes);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Signed with a key the service does not trust. */
        public Builder signedByAStranger() {
            this.foreignKey = true;
            return this;
        }

        public String jwt() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer)
                    .audience(new ArrayList<>(audience)).issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString())
                    .claim("roles", new ArrayList<>(roles)).claim("client_id", clientId);
            if (tenant != null) {
                claims.claim("tenant", tenant);
            }
            if (runnerId != null) {
                claims.claim("runner_id", runnerId);
            }
            if (!scopes.isEmpty()) {
                claims.claim("scope", String.join(" ", scopes));
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
            try {
                jwt.sign(new RSASSASigner((RSAPrivateKey) (foreignKey ? FOREIGN_KEYS : KEYS).getPrivate()));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        public String bearer() {
            return "Bearer " + jwt();
        }
    }
}
