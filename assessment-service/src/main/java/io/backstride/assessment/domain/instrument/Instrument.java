package io.backstride.assessment.domain.instrument;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A questionnaire as versioned data. Items and rules carry text keys only; {@code texts} holds the
 * words per locale tag, and {@code en-GB} must hold every key because every other locale falls back
 * to it key by key.
 *
 * @param version     changes whenever anything in the file changes (checked by a fingerprint test)
 * @param trendRules  rules on score changes against a baseline, used at check-ins
 */
public record Instrument(String id, String version, String titleKey, String introKey, List<Item> items,
                         List<ScoreDefinition> scores, List<SafetyRule> safetyRules,
                         List<FactorRule> factorRules, List<TrendRule> trendRules,
                         Map<String, Map<String, String>> texts) {

    public static final Locale FALLBACK_LOCALE = Locale.UK;
    public static final String FALLBACK_LOCALE_TAG = FALLBACK_LOCALE.toLanguageTag();

    public Instrument {
        items = items == null ? List.of() : List.copyOf(items);
        scores = scores == null ? List.of() : List.copyOf(scores);
        safetyRules = safetyRules == null ? List.of() : List.copyOf(safetyRules);
        factorRules = factorRules == null ? List.of() : List.copyOf(factorRules);
        trendRules = trendRules == null ? List.of() : List.copyOf(trendRules);
        var copied = new LinkedHashMap<String, Map<String, String>>();
        if (texts != null) {
            texts.forEach((tag, words) -> copied.put(tag, Map.copyOf(words)));
        }
        texts = Map.copyOf(copied);
    }

    public InstrumentVersion identity() {
        return new InstrumentVersion(id, version);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<ScoreDefinition> score(String scoreId) {
        return scores.stream().filter(score -> score.id().equals(scoreId)).findFirst();
    }

    /** The text for a key in the runner's locale, or in en-GB when that locale does not have it. */
    public String text(String key, Locale locale) {
        return Optional.ofNullable(texts.get(locale.toLanguageTag()))
                .map(words -> words.get(key))
                .or(() -> Optional.ofNullable(texts.getOrDefault(FALLBACK_LOCALE_TAG, Map.of()).get(key)))
                .orElseThrow(() -> new IllegalArgumentException("No text '" + key + "' in instrument " + id));
    }

    public LocalisedInstrument localised(Locale locale) {
        return LocalisedInstrument.of(this, locale);
    }

    /** Every text key the instrument uses, each of which needs en-GB text. */
    public Set<String> textKeys() {
        var keys = new LinkedHashSet<String>();
        Stream.of(titleKey, introKey).filter(key -> key != null).forEach(keys::add);
        for (var item : items) {
            keys.add(item.textKey());
            item.options().forEach(option -> keys.add(option.textKey()));
        }
        safetyRules.forEach(rule -> keys.add(rule.reasonKey()));
        factorRules.forEach(rule -> keys.add(rule.reasonKey()));
        trendRules.forEach(rule -> keys.add(rule.reasonKey()));
        if (!factorRules.isEmpty()) {
            Stream.of(ProgrammeEmphasis.values()).forEach(emphasis -> keys.add(emphasis.textKey()));
            keys.add(ProgrammeEmphasis.FACTORS_FOUND_KEY);
            keys.add(ProgrammeEmphasis.NO_STANDOUT_FACTOR_KEY);
        }
        keys.remove(null);
        return keys;
    }

    /** Rule ids of every kind, for uniqueness checks and audit. */
    public List<String> ruleIds() {
        return Stream.of(safetyRules.stream().map(SafetyRule::id), factorRules.stream().map(FactorRule::id),
                trendRules.stream().map(TrendRule::id)).flatMap(s -> s).toList();
    }
}
