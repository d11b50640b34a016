package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule that fired: which rule at which version of which instrument, the level it sets, the
 * plain-language reason in the runner's locale, and the inputs that made it fire (answer codes or
 * score values, never free text).
 */
public record FiredRule(InstrumentVersion instrument, String ruleId, int ruleVersion, RuleKind kind,
                        OutcomeLevel level, String reasonKey, String reason, Map<String, String> inputs) {

    public FiredRule {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public boolean isRedFlag() {
        return kind == RuleKind.SAFETY && level.isAtLeast(OutcomeLevel.REFER);
    }
}
