package io.backstride.assessment.domain.instrument;

/** Contributing factors of running-related low back pain named by the clinical source. */
public enum Factor {
    /** How the runner's style has simply grown, with little movement out of one position. */
    HABIT,
    /** Running tall, or leaning forward while staying bent at the hips and arching the lower back. */
    TECHNIQUE,
    /** Lower abdominals, obliques and glutes. */
    STRENGTH,
    /** Losing control of the pelvis as the runner tires. */
    FATIGUE
}
