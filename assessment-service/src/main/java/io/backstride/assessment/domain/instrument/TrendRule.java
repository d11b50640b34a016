package io.backstride.assessment.domain.instrument;

/**
 * Raises a check-in's outcome when a tracked score has worsened meaningfully against the baseline.
 *
 * @param score key of the score, {@code instrumentId:scoreId}, e.g. {@code pain-ratings:duringRun}
 */
public record TrendRule(String id, int version, String score, OutcomeLevel level, String reasonKey) {
}
