package io.backstride.programme.persistence;

import io.backstride.programme.domain.log.RunLog;
import java.time.Duration;
import java.time.Instant;

/** A run log as stored; the duration in whole seconds. */
record StoredRun(String clientId, Instant performedAt, Integer distanceMetres, Long durationSeconds,
                 Integer painDuring, Integer nextMorningPain) {

    static StoredRun of(RunLog log) {
        return new StoredRun(log.clientId(), log.performedAt(), log.distanceMetres(), log.duration().toSeconds(),
                log.painDuring(), log.nextMorningPain());
    }

    RunLog toLog() {
        return new RunLog(clientId, performedAt, distanceMetres, Duration.ofSeconds(durationSeconds), painDuring,
                nextMorningPain);
    }
}
