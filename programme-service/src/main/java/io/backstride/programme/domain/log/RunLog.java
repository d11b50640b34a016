package io.backstride.programme.domain.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run. The next-morning pain usually arrives later and is added to the same run.
 *
 * @param performedAt when the run started
 */
public record RunLog(String clientId, Instant performedAt, Integer distanceMetres, Duration duration,
                     Integer painDuring, Integer nextMorningPain) implements Log {

    public Optional<Integer> nextMorning() {
        return Optional.ofNullable(nextMorningPain);
    }

    public RunLog withNextMorningPain(int pain) {
        return new RunLog(clientId, performedAt, distanceMetres, duration, painDuring, pain);
    }
}
