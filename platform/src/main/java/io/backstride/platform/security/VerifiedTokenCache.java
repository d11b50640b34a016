package io.backstride.platform.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers access tokens that passed every check for a short while, so that the same token on the next requests
 * (an app sends one token for minutes) is not parsed and its RSA signature not verified again: on a read-heavy
 * service that was the largest cost of a request (content-service profile: 29 % of the CPU). The cache key is the
 * whole token string, so only that exact token is trusted; its expiry and not-before are checked again on every
 * use, so an expired token is refused at the same instant as without the cache. A token is trusted at most
 * {@code ttl} after its first full check, which bounds how long a withdrawn signing key keeps working, in the same
 * way the key cache does. Tokens that fail are never remembered.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Cache<String, Jwt> verified;

    /**
     * @param delegate   the full check: signature, then every validator
     * @param timestamps the checks repeated on every use of a remembered token (expiry and not-before)
     */
    public VerifiedTokenCache(JwtDecoder delegate, OAuth2TokenValidator<Jwt> timestamps, Duration ttl, long maxTokens) {
        this.delegate = delegate;
        this.timestamps = timestamps;
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxTokens).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            var result = timestamps.validate(known);
            if (result.hasErrors()) {
                verified.invalidate(token);
                throw new JwtValidationException("the token is expired or not yet valid", result.getErrors());
            }
            return known;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
