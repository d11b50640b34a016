package io.backstride.assessment.application;

import java.util.List;

import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.Violation;

/** The rule of the {@code Idempotency-Key} header: one key, one body. */
final class Idempotency {

    private Idempotency() {
    }

    /** A key reused for a different body is refused (422, as the IETF Idempotency-Key draft asks). */
    static void requireSameBody(String earlierFingerprint, CheckedSubmission checked) {
        if (!earlierFingerprint.equals(checked.fingerprint())) {
            throw new InvalidRequestException(List.of(new Violation(CheckedSubmission.IDEMPOTENCY_KEY,
                    "was already used for a different submission by this runner; use a new key for new answers")));
        }
    }
}
