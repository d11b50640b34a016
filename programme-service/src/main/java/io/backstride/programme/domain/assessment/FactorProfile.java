package io.backstride.programme.domain.assessment;

import java.util.List;

/** The runner's contributing factors, strongest first; empty when no factor stands out (a balanced start). */
public record FactorProfile(List<FactorFinding> findings) {

    public FactorProfile {
        findings = List.copyOf(findings);
    }

    public static FactorProfile balanced() {
        return new FactorProfile(List.of());
    }

    public static FactorProfile of(Factor... factors) {
        return new FactorProfile(java.util.Arrays.stream(factors)
                .map(factor -> new FactorFinding(factor, switch (factor) {
                    case HABIT -> Emphasis.MOBILITY_AND_AWARENESS;
                    case TECHNIQUE -> Emphasis.TECHNIQUE_CUES;
                    case STRENGTH -> Emphasis.STRENGTH_WORK;
                    case FATIGUE -> Emphasis.FATIGUE_AWARE_SCHEDULING;
                })).toList());
    }

    public boolean has(Factor factor) {
        return findings.stream().anyMatch(finding -> finding.factor() == factor);
    }

    public boolean emphasises(Emphasis emphasis) {
        return findings.stream().anyMatch(finding -> finding.emphasis() == emphasis);
    }
}
