package io.backstride.assessment.domain.scoring;

import io.backstride.assessment.domain.instrument.Better;

/**
 * One computed score. Holds numbers and codes only, never a runner's free text, so it may go into
 * events as it is.
 *
 * @param band             the first matching band's label, or {@code null}
 * @param meaningfulChange {@code null} when the score is not tracked over time
 */
public record Score(String instrumentId, String scoreId, double value, String band, Better better,
                    Double meaningfulChange) {

    /** {@code instrumentId:scoreId}, the name a baseline and a trend rule use. */
    public String key() {
        return key(instrumentId, scoreId);
    }

    public static String key(String instrumentId, String scoreId) {
        return instrumentId + ":" + scoreId;
    }
}
