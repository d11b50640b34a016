package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.OutcomeLevel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The urgent-care advice owed to the runner in the very response, and the rules that call for it. */
public record UrgentCare(UrgentCareAdvice advice, String adviceVersion, List<FiredRule> rules) {

    public UrgentCare {
        rules = List.copyOf(rules);
    }

    /** Present exactly when an URGENT rule fired. */
    public static Optional<UrgentCare> of(List<FiredRule> fired, UrgentCareDirectory directory, Locale locale) {
        var urgent = fired.stream().filter(rule -> rule.level() == OutcomeLevel.URGENT).toList();
        return urgent.isEmpty()
                ? Optional.empty()
                : Optional.of(new UrgentCare(directory.adviceFor(locale), directory.version(), urgent));
    }
}
