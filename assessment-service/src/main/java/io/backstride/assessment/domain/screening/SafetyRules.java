package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.Answers;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.instrument.SafetyRule;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** Runs an instrument's safety rules over answers; every rule is tried, none stops the others. */
public final class SafetyRules {

    private SafetyRules() {
    }

    public static List<FiredRule> fire(Instrument instrument, Answers answers, Locale locale) {
        return instrument.safetyRules().stream()
                .filter(rule -> rule.when().holdsFor(answers))
                .map(rule -> {
                    var inputs = new LinkedHashMap<String, String>();
                    rule.when().itemIds().forEach(itemId ->
                            answers.find(itemId).ifPresent(answer -> inputs.put(itemId, answer.code())));
                    return new FiredRule(instrument.identity(), rule.id(), rule.version(), RuleKind.SAFETY,
                            rule.level(), rule.reasonKey(), instrument.text(rule.reasonKey(), locale), inputs);
                })
                .toList();
    }

    /** Orders fired rules for display and audit: the rule that set the outcome comes first. */
    public static List<FiredRule> highestFirst(List<FiredRule> fired) {
        return fired.stream().sorted(Comparator.comparing(FiredRule::level).reversed()).toList();
    }

    /** The outcome the answers alone give, without wording any reason. */
    public static OutcomeLevel outcomeOf(Instrument instrument, Answers answers) {
        return OutcomeLevel.highest(instrument.safetyRules().stream()
                .filter(rule -> rule.when().holdsFor(answers))
                .map(SafetyRule::level)
                .toList());
    }

    public static OutcomeLevel outcomeOf(List<FiredRule> fired) {
        return OutcomeLevel.highest(fired.stream().map(FiredRule::level).toList());
    }
}
