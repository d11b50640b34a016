package io.backstride.programme.domain.assessment;

/** Contributing factors of running-related low back pain. */
public enum Factor {
    HABIT,
    TECHNIQUE,
    STRENGTH,
    FATIGUE
}
