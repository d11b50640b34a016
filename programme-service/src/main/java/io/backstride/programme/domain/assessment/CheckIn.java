package io.backstride.programme.domain.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A weekly check-in as the assessment service publishes it.
 *
 * @param newRedFlags ids of red-flag answers given at this check-in (its questions ask only about what is new)
 */
public record CheckIn(String checkInId, Instant completedAt, Outcome outcome, List<String> newRedFlags) {

    public CheckIn {
        newRedFlags = List.copyOf(newRedFlags);
    }

    /** A new red flag, or an outcome that no longer allows a programme. */
    public boolean raisesRedFlag() {
        return !newRedFlags.isEmpty() || outcome == Outcome.REFER || outcome == Outcome.URGENT;
    }
}
