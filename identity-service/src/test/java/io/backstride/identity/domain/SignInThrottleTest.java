package io.backstride.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(1), Duration.ofHours(1));
    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theFirstFailuresDoNotLock() {
        assertThat(throttle.lockedUntil(4, now)).isNull();
    }

    @Test
    void locksAtTheThresholdAndDoublesTheDelayWithEveryFurtherFailure() {
        assertThat(throttle.lockedUntil(5, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.lockedUntil(6, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(throttle.lockedUntil(8, now)).isEqualTo(now.plus(Duration.ofMinutes(8)));
    }

    @Test
    void neverLocksLongerThanTheCeiling() {
        assertThat(throttle.lockedUntil(40, now)).isEqualTo(now.plus(Duration.ofHours(1)));
    }
}
