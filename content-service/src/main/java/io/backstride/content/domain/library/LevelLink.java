package io.backstride.content.domain.library;

/** A pointer to a level of another exercise, used for progressions and regressions. */
public record LevelLink(String exerciseId, Level level) {
}
