package io.backstride.assessment.domain.instrument;

import java.util.Collection;

/** How a screening or check-in ends; declared from lowest to highest, and the highest level wins. */
public enum OutcomeLevel {
    /** Running-related pattern and no flags: a programme may start. */
    PROCEED,
    /** A programme may start, gently, with a closer check-in. */
    PROCEED_WITH_CAUTION,
    /** See a healthcare professional first; no programme. */
    REFER,
    /** Possible cauda equina: seek urgent care now; no programme. */
    URGENT;

    public boolean allowsProgramme() {
        return this == PROCEED || this == PROCEED_WITH_CAUTION;
    }

    public boolean isAtLeast(OutcomeLevel other) {
        return compareTo(other) >= 0;
    }

    public static OutcomeLevel highest(Collection<OutcomeLevel> levels) {
        return levels.stream().max(Enum::compareTo).orElse(PROCEED);
    }
}
