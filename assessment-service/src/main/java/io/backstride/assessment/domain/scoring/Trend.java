package io.backstride.assessment.domain.scoring;

import io.backstride.assessment.domain.instrument.Better;

/**
 * A tracked score against its baseline. A change counts when it reaches the score's meaningful change
 * (2 points for pain ratings and the function scale).
 */
public record Trend(String scoreKey, double baseline, double current, double change, TrendDirection direction) {

    /** Means of up to three ratings are thirds; without a tolerance 2 points could read as 1.999…. */
    private static final double TOLERANCE = 1e-9;

    public static Trend between(double baseline, Score current) {
        if (current.meaningfulChange() == null) {
            throw new IllegalArgumentException(current.key() + " is not tracked over time");
        }
        var change = current.value() - baseline;
        return new Trend(current.key(), baseline, current.value(), change,
                directionOf(change, current.meaningfulChange(), current.better()));
    }

    private static TrendDirection directionOf(double change, double meaningfulChange, Better better) {
        if (Math.abs(change) + TOLERANCE < meaningfulChange) {
            return TrendDirection.NO_MEANINGFUL_CHANGE;
        }
        var improved = better == Better.LOWER ? change < 0 : change > 0;
        return improved ? TrendDirection.BETTER : TrendDirection.WORSE;
    }
}
