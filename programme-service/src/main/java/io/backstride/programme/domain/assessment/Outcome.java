package io.backstride.programme.domain.assessment;

/**
 * How an assessment or check-in ended, as the assessment service publishes it. A level this service
 * does not know is read as {@link #UNRECOGNISED}, which never allows a programme.
 */
public enum Outcome {
    PROCEED,
    PROCEED_WITH_CAUTION,
    REFER,
    URGENT,
    UNRECOGNISED;

    public boolean allowsProgramme() {
        return this == PROCEED || this == PROCEED_WITH_CAUTION;
    }

    /** Tolerant reading of the published name. */
    public static Outcome read(String name) {
        for (var outcome : values()) {
            if (outcome != UNRECOGNISED && outcome.name().equals(name)) {
                return outcome;
            }
        }
        return UNRECOGNISED;
    }
}
