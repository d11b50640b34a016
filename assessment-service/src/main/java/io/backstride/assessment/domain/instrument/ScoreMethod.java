package io.backstride.assessment.domain.instrument;

/** How a score combines the values of its items (answered items only). */
public enum ScoreMethod {
    SUM, MEAN
}
