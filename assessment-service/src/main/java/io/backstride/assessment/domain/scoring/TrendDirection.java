package io.backstride.assessment.domain.scoring;

/** How a tracked score has moved against the baseline. */
public enum TrendDirection {
    BETTER, NO_MEANINGFUL_CHANGE, WORSE
}
