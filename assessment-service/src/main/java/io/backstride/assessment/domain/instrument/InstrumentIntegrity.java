package io.backstride.assessment.domain.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that an instrument is whole before it is used: ids and versions present and unique, every
 * text key worded in en-GB, skip logic looking only backwards, rules looking only at items that exist,
 * and safety rules looking only at required items so that an unanswered safety question is always a
 * validation problem and never a silent "no".
 */
public final class InstrumentIntegrity {

    private final Instrument instrument;
    private final List<String> problems = new ArrayList<>();

    private InstrumentIntegrity(Instrument instrument) {
        this.instrument = instrument;
    }

    public static List<String> problemsOf(Instrument instrument) {
        var integrity = new InstrumentIntegrity(instrument);
        integrity.check();
        return List.copyOf(integrity.problems);
    }

    private void check() {
        present(instrument.id(), "id");
        present(instrument.version(), "version");
        checkItems();
        checkScores();
        checkSafetyRules();
        checkFactorRules();
        checkTrendRules();
        checkRuleIds();
        checkTexts();
    }

    private void checkItems() {
        if (instrument.items().isEmpty()) {
            problem("has no items");
        }
        var seen = new HashSet<String>();
        for (int position = 0; position < instrument.items().size(); position++) {
            var item = instrument.items().get(position);
            present(item.id(), "item id at position " + position);
            present(item.textKey(), "textKey of item " + item.id());
            if (item.type() == null) {
                problem("item " + item.id() + " has no type");
                continue;
            }
            if (item.id() != null && !seen.add(item.id())) {
                problem("item id " + item.id() + " is used more than once");
            }
            checkShape(item);
            if (item.showIf() != null) {
                checkCondition(item.showIf(), "showIf of item " + item.id(), instrument.items().subList(0, position), false);
            }
        }
    }

    private void checkShape(Item item) {
        var where = "item " + item.id();
        if (item.type() == ItemType.SINGLE_CHOICE) {
            if (item.options().size() < 2) {
                problem(where + " is a choice with fewer than two options");
            }
            var values = new HashSet<String>();
            for (var option : item.options()) {
                present(option.value(), "option value of " + where);
                present(option.textKey(), "option textKey of " + where);
                if (option.value() != null && !values.add(option.value())) {
                    problem(where + " has option " + option.value() + " more than once");
                }
            }
        } else if (!item.options().isEmpty()) {
            problem(where + " has options but is not a choice");
        }
        if (item.type() == ItemType.NUMBER) {
            var range = item.range();
            if (range == null || range.min() == null || range.max() == null || range.min() > range.max()) {
                problem(where + " is a number without a valid range (min <= max)");
            }
        } else if (item.range() != null) {
            problem(where + " has a range but is not a number");
        }
        if (item.type() == ItemType.SHORT_TEXT) {
            if (item.maxLength() == null || item.maxLength() < 1) {
                problem(where + " is short text without a positive maxLength");
            }
        } else if (item.maxLength() != null) {
            problem(where + " has a maxLength but is not short text");
        }
    }

    private void checkCondition(Condition condition, String where, List<Item> visible, boolean safety) {
        if (condition == null) {
            problem(where + " has no condition");
            return;
        }
        var operators = condition.operators();
        if (operators.size() != 1) {
            problem(where + " must use exactly one of equals, in, above, below, answered, anyOf, allOf but uses " + operators);
            return;
        }
        var operator = operators.getFirst();
        if (operator.equals("anyOf") || operator.equals("allOf")) {
            if (condition.item() != null) {
                problem(where + " combines " + operator + " with an item");
            }
            if (condition.children().isEmpty()) {
                problem(where + " has an empty " + operator);
            }
            condition.children().forEach(child -> checkCondition(child, where, visible, safety));
            return;
        }
        var item = visible.stream().filter(candidate -> candidate.id().equals(condition.item())).findFirst();
        if (item.isEmpty()) {
            problem(where + " refers to " + condition.item() + ", which is not "
                    + (instrument.item(condition.item()).isPresent() ? "an earlier item" : "an item"));
            return;
        }
        checkOperator(condition, operator, item.get(), where);
        if (safety) {
            checkSafetyItem(item.get(), where);
        }
    }

    private void checkOperator(Condition condition, String operator, Item item, String where) {
        switch (operator) {
            case "equals", "in" -> {
                if (condition.codes().isEmpty()) {
                    problem(where + " compares " + item.id() + " with nothing");
                }
                for (var code : condition.codes()) {
                    var known = switch (item.type()) {
                        case YES_NO -> code.equals(Condition.YES) || code.equals(Condition.NO);
                        case SINGLE_CHOICE -> item.option(code).isPresent();
                        default -> false;
                    };
                    if (!known) {
                        problem(where + " compares " + item.id() + " with " + code + ", which it cannot answer");
                    }
                }
            }
            case "above", "below" -> {
                if (!item.type().isNumeric()) {
                    problem(where + " compares " + item.id() + " with a number but it is not numeric");
                }
            }
            default -> { }
        }
    }

    private void checkSafetyItem(Item item, String where) {
        if (!item.required()) {
            problem(where + " looks at " + item.id() + ", which is optional: safety items must be required");
        }
        if (item.type() == ItemType.SHORT_TEXT) {
            problem(where + " looks at free text " + item.id() + ": rules must not depend on free text");
        }
    }

    private void checkSafetyRules() {
        for (var rule : instrument.safetyRules()) {
            var where = "safety rule " + rule.id();
            checkRuleHeader(rule.id(), rule.version(), rule.reasonKey(), where);
            if (rule.level() == null || rule.level() == OutcomeLevel.PROCEED) {
                problem(where + " must raise the outcome above PROCEED");
            }
            checkCondition(rule.when(), where, instrument.items(), true);
        }
    }

    private void checkFactorRules() {
        for (var rule : instrument.factorRules()) {
            var where = "factor rule " + rule.id();
            checkRuleHeader(rule.id(), rule.version(), rule.reasonKey(), where);
            if (rule.factor() == null) {
                problem(where + " names no factor");
            }
            checkCondition(rule.when(), where, instrument.items(), false);
        }
    }

    private void checkTrendRules() {
        for (var rule : instrument.trendRules()) {
            var where = "trend rule " + rule.id();
            checkRuleHeader(rule.id(), rule.version(), rule.reasonKey(), where);
            present(rule.score(), "score of " + where);
            if (rule.level() == null || rule.level() == OutcomeLevel.PROCEED) {
                problem(where + " must raise the outcome above PROCEED");
            }
        }
    }

    private void checkRuleHeader(String id, int version, String reasonKey, String where) {
        present(id, "id of a rule");
        present(reasonKey, "reasonKey of " + where);
        if (version < 1) {
            problem(where + " needs a version of 1 or more");
        }
    }

    private void checkRuleIds() {
        var seen = new HashSet<String>();
        instrument.ruleIds().stream().filter(Objects::nonNull).filter(id -> !seen.add(id))
                .forEach(id -> problem("rule id " + id + " is used more than once"));
    }

    private void checkScores() {
        var ids = new HashSet<String>();
        for (var score : instrument.scores()) {
            var where = "score " + score.id();
            present(score.id(), "id of a score");
            if (score.id() != null && !ids.add(score.id())) {
                problem("score id " + score.id() + " is used more than once");
            }
            if (score.method() == null) {
                problem(where + " has no method");
            }
            if (score.items().isEmpty()) {
                problem(where + " has no items");
            }
            score.items().forEach(itemId -> checkScoredItem(itemId, where));
            if (score.tracksTrend() && (score.meaningfulChange() <= 0 || score.better() == null)) {
                problem(where + " tracks a trend but needs a positive meaningfulChange and a direction in better");
            }
            score.bands().forEach(band -> checkBand(band, where));
        }
    }

    private void checkScoredItem(String itemId, String where) {
        var item = instrument.item(itemId);
        if (item.isEmpty()) {
            problem(where + " refers to unknown item " + itemId);
            return;
        }
        switch (item.get().type()) {
            case SHORT_TEXT -> problem(where + " cannot score free text item " + itemId);
            case SINGLE_CHOICE -> item.get().options().stream().filter(option -> option.score() == null)
                    .forEach(option -> problem(where + " scores " + itemId + " but option " + option.value() + " has no score"));
            default -> { }
        }
    }

    private void checkBand(Band band, String where) {
        present(band.label(), "label of a band of " + where);
        if (band.min() == null || band.max() == null || band.min() > band.max()) {
            problem(where + " band " + band.label() + " needs min <= max");
        }
        if (band.requires() != null && (band.requires().atLeast() == null
                || instrument.score(band.requires().score()).isEmpty())) {
            problem(where + " band " + band.label() + " requires an unknown score or no atLeast");
        }
    }

    private void checkTexts() {
        var fallback = instrument.texts().get(Instrument.FALLBACK_LOCALE_TAG);
        if (fallback == null) {
            problem("has no " + Instrument.FALLBACK_LOCALE_TAG + " texts");
            return;
        }
        var keys = instrument.textKeys();
        keys.stream().filter(key -> isBlank(fallback.get(key)))
                .forEach(key -> problem("text key " + key + " has no " + Instrument.FALLBACK_LOCALE_TAG + " text"));
        for (Map.Entry<String, Map<String, String>> locale : instrument.texts().entrySet()) {
            var tag = locale.getKey();
            if (!Locale.forLanguageTag(tag).toLanguageTag().equals(tag) || !tag.contains("-")) {
                problem("locale " + tag + " is not a language-REGION tag such as en-GB");
            }
            locale.getValue().forEach((key, text) -> {
                if (!keys.contains(key)) {
                    problem("locale " + tag + " has text for unused key " + key);
                } else if (isBlank(text)) {
                    problem("locale " + tag + " has blank text for " + key);
                }
            });
        }
    }

    private void present(String value, String what) {
        if (isBlank(value)) {
            problem(what + " is missing");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void problem(String message) {
        problems.add((instrument.id() == null ? "?" : instrument.id()) + ": " + message);
    }
}
