package io.backstride.identity.persistence;

import java.time.Instant;

/** Atomic updates of the failed sign-in counter, so concurrent guesses cannot slip past the throttle. */
public interface SignInCounters {

    /** @return the number of consecutive failures after this one, or -1 when no account has this email */
    int recordFailure(String email);

    void lockUntil(String email, Instant until);

    void resetFailures(String accountId);
}
