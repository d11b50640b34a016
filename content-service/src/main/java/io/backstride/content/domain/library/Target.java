package io.backstride.content.domain.library;

/** What an exercise works on. */
public enum Target {
    LUMBAR_PELVIC_MOBILITY,
    LOWER_ABDOMINALS,
    OBLIQUES,
    GLUTES
}
