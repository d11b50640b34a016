package io.backstride.content.domain.library;

/** When in a runner's week an exercise belongs (the "when" of an exercise). */
public enum Occasion {
    PRE_RUN,
    POST_RUN,
    STRENGTH_DAY
}
