package io.backstride.platform.security;

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
 */
@ConfigurationProperties("backstride.security")
public record SecuritySettings(String issuer, String audience, String jwksUri, Resource publicKeyLocation,
                               RunnerData runnerData) {

    /** The audience every Backstride access token carries besides its client. */
    public static final String DEFAULT_AUDIENCE = "backstride-api";

    public SecuritySettings {
        issuer = issuer == null ? "http://localhost:9000" : issuer;
        audience = audience == null ? DEFAULT_AUDIENCE : audience;
        jwksUri = jwksUri == null || jwksUri.isBlank() ? issuer + "/oauth2/jwks" : jwksUri;
        runnerData = runnerData == null ? new RunnerData(false) : runnerData;
    }

    public record RunnerData(boolean enabled) {
    }
}
