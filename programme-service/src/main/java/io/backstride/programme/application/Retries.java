package io.backstride.programme.application;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Runs a load-change-save again when another writer changed the same programme in between. */
final class Retries {

    private static final int ATTEMPTS = 5;

    private Retries() {
    }

    static void onConflict(Runnable change) {
        onConflict(() -> {
            change.run();
            return null;
        });
    }

    static <T> T onConflict(java.util.function.Supplier<T> change) {
        for (var attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
