package io.backstride.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import static org.assertj.core.api.Assertions.assertThat;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(token -> {
        checks.incrementAndGet();
        return token.startsWith("good")
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("runner-1")
                        .expiresAt(NOW.plusSeconds(300)).build())
                : Mono.error(new BadJwtException("bad signature"));
    }, timestamps, Duration.ofMinutes(1), 100);

    @Test
    void aTokenThatPassedIsNotCheckedAgain() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(decoder.decode("good-1").block().getSubject()).isEqualTo("runner-1");
        assertThat(decoder.decode("good-1").block().getSubject()).isEqualTo("runner-1");
        assertThat(checks).hasValue(1);

        decoder.decode("good-2").block(); // another token: its own check
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        StepVerifier.create(decoder.decode("forged")).verifyError(BadJwtException.class);
        StepVerifier.create(decoder.decode("forged")).verifyError(BadJwtException.class);

        assertThat(checks).hasValue(2);
    }

    @Test
    void aRememberedTokenThatHasExpiredIsCheckedAgain() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        decoder.decode("good-1").block();

        timestamps.setClock(Clock.fixed(NOW.plusSeconds(400), ZoneOffset.UTC));
        decoder.decode("good-1").block(); // the delegate (here a stub that ignores time) decides again

        assertThat(checks).hasValue(2);
    }
}
