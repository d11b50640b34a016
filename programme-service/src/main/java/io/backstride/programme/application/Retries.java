package io.backstride.programme.application;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save again when another writer changed the same programme in between (the versioned save
 * failed, or a bucket was created at the same moment). Each attempt starts from a fresh read, so it is safe to
 * repeat. Writers that collide would collide again if they retried in step, so attempts wait a short, random and
 * growing time (2 ms doubling, randomised by half, at most 50 ms; 8 attempts): several devices of one runner
 * logging at the same instant all get through, where immediate retries ran out after five.
 */
final class Retries {

    private static final Retry CONFLICTS = Retry.of("programme-conflicts", RetryConfig.custom()
            .maxAttempts(8)
            .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(2), 2.0, 0.5,
                    Duration.ofMillis(50)))
            .retryExceptions(OptimisticLockingFailureException.class, DuplicateKeyException.class)
            .failAfterMaxAttempts(false)
            .build());

    private Retries() {
    }

    static void onConflict(Runnable change) {
        onConflict(() -> {
            change.run();
            return null;
        });
    }

    static <T> T onConflict(Supplier<T> change) {
        return CONFLICTS.executeSupplier(change);
    }
}
