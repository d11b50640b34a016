package io.backstride.gateway.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers tokens that passed every check for a short while, so that the same token on the next requests (a web app
 * sends one token for minutes) is not parsed and its RSA signature not verified again. The cache key is the whole
 * token, so only that exact string is trusted; its {@code exp} and {@code nbf} are checked again on every use. A
 * token stays trusted at most {@code ttl} after its first check: the same bound as the key cache adds to a withdrawn
 * key, only shorter.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(ReactiveJwtDecoder delegate, OAuth2TokenValidator<Jwt> timestamps, Duration ttl, long maxTokens) {
        this.delegate = delegate;
        this.timestamps = timestamps;
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxTokens).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && !timestamps.validate(known).hasErrors()) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }
}
