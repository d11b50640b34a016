package io.backstride.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class JwksCacheTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Duration COOLDOWN = Duration.ofSeconds(10);

    private final RSAKey key1 = key("key-1");
    private final RSAKey key2 = key("key-2");
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<Mono<JWKSet>> nextAnswer = new AtomicReference<>(Mono.just(new JWKSet(key1.toPublicJWK())));
    private final JwksCache cache = new JwksCache(() -> {
        reads.incrementAndGet();
        return nextAnswer.get();
    }, TTL, COOLDOWN, clock);

    @Test
    void readsNothingBeforeTheFirstTokenThenKeepsTheKeys() {
        assertThat(reads).hasValue(0);

        assertThat(keysFor("key-1")).extracting(JWK::getKeyID).containsExactly("key-1");
        clock.advance(Duration.ofMinutes(4));
        assertThat(keysFor("key-1")).hasSize(1);

        assertThat(reads).hasValue(1);
    }

    @Test
    void concurrentFirstTokensShareOneRead() {
        Sinks.One<JWKSet> answer = Sinks.one();
        nextAnswer.set(answer.asMono());

        var first = cache.apply(jwt("key-1")).collectList().toFuture();
        var second = cache.apply(jwt("key-1")).collectList().toFuture();
        answer.tryEmitValue(new JWKSet(key1.toPublicJWK()));

        assertThat(first.join()).hasSize(1);
        assertThat(second.join()).hasSize(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anUnknownKeyIdIsLookedUpAgainAtMostOncePerCooldown() {
        keysFor("key-1");
        nextAnswer.set(Mono.just(new JWKSet(List.of(key1.toPublicJWK(), key2.toPublicJWK()))));

        clock.advance(Duration.ofSeconds(5));
        assertThat(keysFor("made-up")).isEmpty(); // within the cooldown: no read, the token is refused
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofSeconds(5));
        assertThat(keysFor("key-2")).extracting(JWK::getKeyID).containsExactly("key-2"); // rotation
        assertThat(keysFor("made-up")).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void keysAreReadAgainWhenStaleAndAWithdrawnKeyIsRefused() {
        keysFor("key-1");
        nextAnswer.set(Mono.just(new JWKSet(key2.toPublicJWK())));

        clock.advance(TTL.plusSeconds(1));

        assertThat(keysFor("key-1")).isEmpty();
        assertThat(keysFor("key-2")).hasSize(1);
        assertThat(reads).hasValue(2);
    }

    @Test
    void staleKeysAreStillUsedWhileTheyCannotBeReadAgain() {
        keysFor("key-1");
        nextAnswer.set(Mono.error(new IllegalStateException("connection refused")));

        clock.advance(TTL.plusSeconds(1));

        assertThat(keysFor("key-1")).hasSize(1);
        assertThat(reads).hasValue(2);
    }

    @Test
    void keysThatCannotBeReadAreAnErrorNotAnEmptyAnswer() {
        nextAnswer.set(Mono.error(new IllegalStateException("connection refused")));

        StepVerifier.create(cache.apply(jwt("key-1")))
                .verifyError(JwksCache.KeysUnavailableException.class);
        // and identity-service is not asked again before the cooldown is over
        StepVerifier.create(cache.apply(jwt("key-1")))
                .verifyError(JwksCache.KeysUnavailableException.class);
        assertThat(reads).hasValue(1);

        nextAnswer.set(Mono.just(new JWKSet(key1.toPublicJWK())));
        clock.advance(COOLDOWN);
        assertThat(keysFor("key-1")).hasSize(1);
    }

    private List<JWK> keysFor(String keyId) {
        return cache.apply(jwt(keyId)).collectList().block();
    }

    private static SignedJWT jwt(String keyId) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                new JWTClaimsSet.Builder().subject("someone").build());
    }

    private static RSAKey key(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-04-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
