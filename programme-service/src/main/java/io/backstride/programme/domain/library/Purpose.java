package io.backstride.programme.domain.library;

/** What an exercise is for, as published by the content service. */
public enum Purpose {
    MOBILITY,
    STRENGTH,
    STEP,
    TECHNIQUE
}
