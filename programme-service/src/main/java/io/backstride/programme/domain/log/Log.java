package io.backstride.programme.domain.log;

import java.time.Instant;
import java.util.Comparator;

/** A runner's log: an exercise session or a run. */
public sealed interface Log permits ExerciseSessionLog, RunLog {

    /** Logs are evaluated in the order they happened, ties broken by id, never in the order they arrived. */
    Comparator<Log> CHRONOLOGICAL = Comparator.comparing(Log::performedAt).thenComparing(Log::clientId);

    String clientId();

    Instant performedAt();

    Integer painDuring();
}
