package io.backstride.programme.domain.library;

/** When in a runner's week an exercise belongs. */
public enum Occasion {
    PRE_RUN,
    POST_RUN,
    STRENGTH_DAY
}
