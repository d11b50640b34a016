package io.backstride.content.domain.library;

/** What an exercise is for. */
public enum Purpose {
    MOBILITY,
    STRENGTH,
    STEP,
    TECHNIQUE
}
