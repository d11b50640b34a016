package io.backstride.assessment.domain.profile;

import io.backstride.assessment.domain.instrument.Answers;
import io.backstride.assessment.domain.instrument.Factor;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.ProgrammeEmphasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs an instrument's factor rules. A factor with more reasons ranks higher; ties keep the order of
 * {@link Factor}. Each ranked factor picks one emphasis, so the profile is explained by the very rules
 * that shaped it.
 */
public final class FactorProfiling {

    private FactorProfiling() {
    }

    public static FactorProfile profile(Instrument instrument, Answers answers, Locale locale) {
        Map<Factor, List<FactorReason>> reasons = new EnumMap<>(Factor.class);
        for (var rule : instrument.factorRules()) {
            if (rule.when().holdsFor(answers)) {
                reasons.computeIfAbsent(rule.factor(), factor -> new ArrayList<>()).add(new FactorReason(
                        rule.id(), rule.version(), rule.reasonKey(), instrument.text(rule.reasonKey(), locale)));
            }
        }
        var findings = reasons.entrySet().stream()
                .map(entry -> new FactorFinding(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt((FactorFinding finding) -> finding.reasons().size()).reversed()
                        .thenComparing(FactorFinding::factor))
                .toList();
        var emphases = findings.isEmpty()
                ? ProgrammeEmphasis.BALANCED.stream().map(emphasis -> explain(instrument, emphasis, List.of(), locale)).toList()
                : findings.stream().map(finding -> explain(instrument, ProgrammeEmphasis.of(finding.factor()),
                        finding.reasons().stream().map(FactorReason::ruleId).toList(), locale)).toList();
        var summaryKey = findings.isEmpty() ? ProgrammeEmphasis.NO_STANDOUT_FACTOR_KEY : ProgrammeEmphasis.FACTORS_FOUND_KEY;
        return new FactorProfile(instrument.identity(), findings, emphases, summaryKey, instrument.text(summaryKey, locale));
    }

    private static Emphasis explain(Instrument instrument, ProgrammeEmphasis emphasis, List<String> ruleIds, Locale locale) {
        return new Emphasis(emphasis, emphasis.textKey(), instrument.text(emphasis.textKey(), locale), ruleIds);
    }
}
