package io.backstride.programme.domain.library;

/** What an exercise works on. */
public enum Target {
    LUMBAR_PELVIC_MOBILITY,
    LOWER_ABDOMINALS,
    OBLIQUES,
    GLUTES;

    public boolean isCore() {
        return this == LOWER_ABDOMINALS || this == OBLIQUES;
    }
}
