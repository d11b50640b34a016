package io.backstride.assessment.domain.instrument;

/** A further condition of a band: another score of the same instrument must reach {@code atLeast}. */
public record ScoreThreshold(String score, Double atLeast) {
}
