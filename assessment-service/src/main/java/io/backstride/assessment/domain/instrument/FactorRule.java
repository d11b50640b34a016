package io.backstride.assessment.domain.instrument;

/** An answer pattern that points at a contributing factor, with the reason explained to the runner. */
public record FactorRule(String id, int version, Factor factor, Condition when, String reasonKey) {
}
