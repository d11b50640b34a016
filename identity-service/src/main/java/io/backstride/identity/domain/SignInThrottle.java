package io.backstride.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after repeated failed sign-ins, for a delay that doubles with every further failure
 * (up to a ceiling), so password guessing slows to a crawl while the owner can still get in later or by
 * an emailed link once the lock has passed.
 */
public record SignInThrottle(int freeAttempts, Duration firstLock, Duration longestLock) {

    public SignInThrottle {
        if (freeAttempts < 1 || firstLock.isNegative() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("a throttle needs at least one free attempt and firstLock <= longestLock");
        }
    }

    /** @return when the account unlocks after this many consecutive failures, or null when it stays open */
    public Instant lockedUntil(int consecutiveFailures, Instant failedAt) {
        if (consecutiveFailures < freeAttempts) {
            return null;
        }
        int doublings = Math.min(consecutiveFailures - freeAttempts, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return failedAt.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }
}
