package io.backstride.assessment.domain.instrument;

import java.util.List;
import java.util.Locale;

/** An instrument with its words in one locale, ready to show to a runner. */
public record LocalisedInstrument(String id, String version, String locale, String title, String intro,
                                  List<LocalisedItem> items) {

    public record LocalisedItem(String id, String text, ItemType type, boolean required,
                                List<LocalisedOption> options, NumberRange range, Integer maxLength,
                                Condition showIf) {
    }

    public record LocalisedOption(String value, String text) {
    }

    static LocalisedInstrument of(Instrument instrument, Locale locale) {
        var items = instrument.items().stream().map(item -> new LocalisedItem(item.id(),
                instrument.text(item.textKey(), locale), item.type(), item.required(),
                item.options().stream()
                        .map(option -> new LocalisedOption(option.value(), instrument.text(option.textKey(), locale)))
                        .toList(),
                item.numericRange(), item.maxLength(), item.showIf())).toList();
        return new LocalisedInstrument(instrument.id(), instrument.version(), locale.toLanguageTag(),
                textOrNull(instrument, instrument.titleKey(), locale),
                textOrNull(instrument, instrument.introKey(), locale), items);
    }

    private static String textOrNull(Instrument instrument, String key, Locale locale) {
        return key == null ? null : instrument.text(key, locale);
    }
}
