package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.Dosage;

/** A dosage is sets of either reps or timed holds, with rest, all within {@link DosageLimit}. */
final class DosageRules {

    private DosageRules() {
    }

    static void check(String path, Dosage dosage, Violations violations) {
        if (!violations.present(path, dosage)) {
            return;
        }
        violations.within(Violations.field(path, "sets"), dosage.sets(), DosageLimit.SETS);
        violations.within(Violations.field(path, "restSeconds"), dosage.restSeconds(), DosageLimit.REST_SECONDS);
        var hasReps = dosage.reps() != null;
        var hasHold = dosage.holdSeconds() != null;
        if (hasReps && hasHold) {
            violations.add(path, ViolationCode.CONFLICT, "give either reps or holdSeconds, not both");
        } else if (!hasReps && !hasHold) {
            violations.add(path, ViolationCode.REQUIRED, "give either reps or holdSeconds");
        }
        if (hasReps) {
            violations.within(Violations.field(path, "reps"), dosage.reps(), DosageLimit.REPS);
        }
        if (hasHold) {
            violations.within(Violations.field(path, "holdSeconds"), dosage.holdSeconds(), DosageLimit.HOLD_SECONDS);
        }
    }
}
