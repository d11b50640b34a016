package io.backstride.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The identity-service's RS256 signing keys, fetched on first use and kept in memory. Nothing is fetched at start-up, so
 * the gateway can start before identity-service. The set is read again
 * <ul>
 * <li>when a token names a key id the cached set does not have (key rotation), at most once per cooldown, so that
 * tokens with made-up key ids cannot turn the gateway into a flood of requests to identity-service;</li>
 * <li>when the set is older than its time to live (a withdrawn key stops being accepted); if that read fails, the
 * old keys are used until a read succeeds.</li>
 * </ul>
 * Concurrent reads are shared: one request to identity-service at a time. A read that fails with no usable key gives
 * a {@link KeysUnavailableException} (503), not a 401: the token may be perfectly good.
 */
final class JwksCache implements Function<SignedJWT, Flux<JWK>> {

    private static final Logger log = LoggerFactory.getLogger(JwksCache.class);

    /** Thrown when the keys cannot be read and none in memory can check the token. */
    static final class KeysUnavailableException extends RuntimeException {

        KeysUnavailableException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    private record Snapshot(JWKSet keys, Instant readAt) {
    }

    private final Supplier<Mono<JWKSet>> fetch;
    private final Duration ttl;
    private final Duration cooldown;
    private final Clock clock;

    private final AtomicReference<@Nullable Snapshot> current = new AtomicReference<>();
    private final AtomicReference<@Nullable Instant> lastAttempt = new AtomicReference<>();
    private final AtomicReference<@Nullable Mono<Snapshot>> inFlight = new AtomicReference<>();

    JwksCache(Supplier<Mono<JWKSet>> fetch, Duration ttl, Duration cooldown, Clock clock) {
        this.fetch = fetch;
        this.ttl = ttl;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Flux.empty(); // identity-service signs with RS256 only: no key to look for, nothing to read
        }
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        Snapshot snapshot = current.get();
        List<JWK> found = snapshot == null ? List.of() : selector.select(snapshot.keys());
        boolean stale = snapshot != null && clock.instant().isAfter(snapshot.readAt().plus(ttl));
        if (!found.isEmpty() && !stale) {
            return Flux.fromIterable(found); // the usual case: nothing to read
        }
        Mono<Snapshot> read = readIfAllowed();
        if (snapshot == null) {
            return read != null
                    ? read.flatMapIterable(fresh -> selector.select(fresh.keys()))
                    : Flux.error(new KeysUnavailableException("The signing keys could not be read recently", null));
        }
        if (!found.isEmpty() && read == null) {
            return Flux.fromIterable(found);
        }
        if (!found.isEmpty()) {
            return read.map(fresh -> selector.select(fresh.keys()))
                    .onErrorResume(error -> {
                        log.warn("Could not refresh the signing keys, using the ones read at {}: {}",
                                snapshot.readAt(), error.toString());
                        return Mono.just(found);
                    })
                    .flatMapIterable(keys -> keys);
        }
        // an unknown key id: a rotated key, or a made-up one
        return read != null ? read.flatMapIterable(fresh -> selector.select(fresh.keys())) : Flux.empty();
    }

    /** The read under way, else a new one if the cooldown allows it, else null. Nothing happens until subscribed. */
    private @Nullable Mono<Snapshot> readIfAllowed() {
        Mono<Snapshot> running = inFlight.get();
        if (running != null) {
            return running;
        }
        Instant last = lastAttempt.get();
        return last == null || !clock.instant().isBefore(last.plus(cooldown)) ? Mono.defer(this::read) : null;
    }

    private Mono<Snapshot> read() {
        Mono<Snapshot> running = inFlight.get();
        if (running != null) {
            return running;
        }
        Mono<Snapshot> next = Mono.defer(() -> {
                    lastAttempt.set(clock.instant());
                    return fetch.get();
                })
                .map(keys -> new Snapshot(keys, clock.instant()))
                .doOnNext(current::set)
                .onErrorMap(error -> new KeysUnavailableException("The signing keys could not be read", error))
                .doFinally(signal -> inFlight.set(null))
                .cache();
        return inFlight.compareAndSet(null, next) ? next : read();
    }
}
