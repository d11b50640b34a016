package io.backstride.programme.domain.assessment;

/** A contributing factor the assessment found, and the emphasis it picked. */
public record FactorFinding(Factor factor, Emphasis emphasis) {
}
