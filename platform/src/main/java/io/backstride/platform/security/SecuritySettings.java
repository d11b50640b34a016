package io.backstride.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How this service validates access tokens, bound from {@code backstride.security.*} (environment:
 * {@code IDENTITY_ISSUER}, {@code IDENTITY_JWKS_URI}, {@code IDENTITY_AUDIENCE} through the defaults).
 *
 * @param issuer            the {@code iss} every token must carry
 * @param audience          a value the token's {@code aud} must contain
 * @param jwksUri           where the signing keys are published (fetched on first use, cached, refetched for an unknown key id)
 * @param publicKeyLocation a PEM RSA public key to use instead of the JWKS (tests, benchmarks, offline set-ups)
 * @param runnerData        whether this service holds runner health data: keeps consents and partner links from
 *                          identity events and provides {@link RunnerAccess}
 * @param tokenCache        how long a token that passed every check is remembered (see {@link VerifiedTokenCache})
 */
@ConfigurationProperties("backstride.security")
public record SecuritySettings(String issuer, String audience, String jwksUri, Resource publicKeyLocation,
                               RunnerData runnerData, TokenCache tokenCache) {

    /** The audience every Backstride access token carries besides its client. */
    public static final String DEFAULT_AUDIENCE = "backstride-api";

    public SecuritySettings {
        issuer = issuer == null ? "http://localhost:9000" : issuer;
        audience = audience == null ? DEFAULT_AUDIENCE : audience;
        jwksUri = jwksUri == null || jwksUri.isBlank() ? issuer + "/oauth2/jwks" : jwksUri;
        runnerData = runnerData == null ? new RunnerData(false) : runnerData;
        tokenCache = tokenCache == null ? new TokenCache(null, null) : tokenCache;
    }

    public record RunnerData(boolean enabled) {
    }

    /**
     * @param ttl       how long after its first full check a token is trusted without parsing and verifying its
     *                  signature again (expiry and not-before are still checked on every use); {@code 0} turns the
     *                  cache off. Default 60 s: the same order as the key cache's bound on a withdrawn key.
     * @param maxTokens the most tokens remembered at once (default 10,000)
     */
    public record TokenCache(Duration ttl, Long maxTokens) {

        public TokenCache {
            ttl = ttl == null ? Duration.ofSeconds(60) : ttl;
            maxTokens = maxTokens == null ? 10_000L : maxTokens;
            if (ttl.isNegative() || maxTokens < 0) {
                throw new IllegalArgumentException("backstride.security.token-cache: ttl and max-tokens must not be negative");
            }
        }

        boolean enabled() {
            return !ttl.isZero() && maxTokens > 0;
        }
    }
}
