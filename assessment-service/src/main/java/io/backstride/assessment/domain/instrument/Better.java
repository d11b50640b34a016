package io.backstride.assessment.domain.instrument;

/** Which way a score moves when the runner is doing better. */
public enum Better {
    LOWER, HIGHER
}
