package io.backstride.programme.domain.library;

/** A pointer to a level of another exercise: where to go once the hardest level feels easy. */
public record LevelLink(String exerciseId, Level level) {
}
