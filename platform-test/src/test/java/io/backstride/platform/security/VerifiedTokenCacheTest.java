package io.backstride.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

    private final AtomicInteger fullChecks = new AtomicInteger();
    private Instant clockNow = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return clockNow;
        }
    };

    /** Stands for the signature and claim checks: accepts tokens named "good-*", refuses the rest. */
    private final JwtDecoder fullCheck = token -> {
        fullChecks.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("runner-1")
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(300)).build();
    };

    private VerifiedTokenCache cache(Duration ttl) {
        var timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        return new VerifiedTokenCache(fullCheck, timestamps, ttl, 100);
    }

    @Test
    void theSameTokenIsFullyCheckedOnceAndThenServedFromTheCache() {
        var cache = cache(Duration.ofSeconds(60));

        var first = cache.decode("good-a");
        var again = cache.decode("good-a");

        assertThat(again).isSameAs(first);
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void anotherTokenStringIsCheckedOnItsOwn() {
        var cache = cache(Duration.ofSeconds(60));

        cache.decode("good-a");
        cache.decode("good-b");

        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        var cache = cache(Duration.ofSeconds(60));

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpiresEvenBeforeTheCacheForgetsIt() {
        var cache = cache(Duration.ofHours(1));
        cache.decode("good-a");

        clockNow = NOW.plusSeconds(300 + 31); // past exp plus the 30 s skew

        assertThatThrownBy(() -> cache.decode("good-a")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aTokenIsFullyCheckedAgainAfterTheTtl() throws Exception {
        var cache = cache(Duration.ofMillis(1));
        cache.decode("good-a");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            cache.decode("good-a");
            assertThat(fullChecks.get()).isGreaterThan(1);
        });
    }
}
