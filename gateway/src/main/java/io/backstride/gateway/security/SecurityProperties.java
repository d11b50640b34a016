package io.backstride.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway checks access tokens and which browser origins it serves ({@code backstride.gateway.security.*},
 * set from {@code IDENTITY_*} and {@code GATEWAY_CORS_ORIGINS} in application.yml).
 *
 * @param issuer the identity-service issuer: a token's {@code iss} must equal it
 * @param jwksUri where the signing keys are published (read lazily, on the first token)
 * @param audience a token's {@code aud} must contain it
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 * @param jwksCacheTtl how long a key set is used before it is read again
 * @param jwksRefreshCooldown least time between two reads prompted by unknown key ids
 * @param corsOrigins origins of the web apps allowed to call the API from a browser
 * @param verifiedTokenTtl how long a token that passed every check is trusted without checking its signature again
 *     (its expiry is checked on every request); zero: never
 */
@ConfigurationProperties("backstride.gateway.security")
public record SecurityProperties(String issuer, String jwksUri, String audience, Duration clockSkew,
        Duration jwksCacheTtl, Duration jwksRefreshCooldown, List<String> corsOrigins, Duration verifiedTokenTtl) {
}
