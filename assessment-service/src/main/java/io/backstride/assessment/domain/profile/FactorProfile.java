package io.backstride.assessment.domain.profile;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.ProgrammeEmphasis;
import java.util.List;

/**
 * The runner's contributing factors, strongest first, and the programme emphases they pick, in the
 * same order. With no standout factor the programme starts balanced on mobility and strength.
 */
public record FactorProfile(InstrumentVersion instrument, List<FactorFinding> findings, List<Emphasis> emphases,
                            String summaryKey, String summary) {

    public FactorProfile {
        findings = List.copyOf(findings);
        emphases = List.copyOf(emphases);
    }

    public boolean balanced() {
        return findings.isEmpty();
    }

    public ProgrammeEmphasis primaryEmphasis() {
        return emphases.getFirst().emphasis();
    }
}
