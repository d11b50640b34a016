package io.backstride.programme.persistence;

import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import java.time.Instant;

/** An exercise session log as stored. */
record StoredSession(String clientId, String exerciseId, Level level, Integer sets, Integer reps,
                     Integer holdSeconds, Integer effort, Integer painDuring, Instant performedAt) {

    static StoredSession of(ExerciseSessionLog log) {
        return new StoredSession(log.clientId(), log.exerciseId(), log.level(), log.sets(), log.reps(),
                log.holdSeconds(), log.effort(), log.painDuring(), log.performedAt());
    }

    ExerciseSessionLog toLog() {
        return new ExerciseSessionLog(clientId, exerciseId, level, sets, reps, holdSeconds, effort, painDuring,
                performedAt);
    }
}
