package io.backstride.programme.domain.rules;

import io.backstride.programme.domain.library.Level;

/**
 * Where a subject stands: the exercise now done in the slot and its level; for running the exercise id is
 * {@link Subject#RUNNING_SLOT}, EASIER meaning an eased running load and BASE the planned one.
 */
public record Position(String exerciseId, Level level) {
}
