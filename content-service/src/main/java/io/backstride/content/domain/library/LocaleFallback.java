package io.backstride.content.domain.library;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the locale to serve from the locales an item exists in: the runner's preferences in order
 * (exact tag first, then the same language in another region), then {@value #DEFAULT_LOCALE}.
 */
public final class LocaleFallback {

    public static final String DEFAULT_LOCALE = "en-GB";

    private LocaleFallback() {
    }

    /** Chooses using an {@code Accept-Language} header value; a malformed or absent one means no preference. */
    public static Optional<String> chooseForHeader(String acceptLanguage, Collection<String> available) {
        return choose(preferencesIn(acceptLanguage), available);
    }

    /** Chooses using language tags or ranges in order of preference ({@code *} means any). */
    public static Optional<String> choose(List<String> preferred, Collection<String> available) {
        for (var wanted : preferred) {
            var match = exact(wanted, available).or(() -> sameLanguage(wanted, available));
            if (match.isPresent()) {
                return match;
            }
        }
        return exact(DEFAULT_LOCALE, available);
    }

    private static List<String> preferencesIn(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(Locale.LanguageRange::getRange)
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    private static Optional<String> exact(String wanted, Collection<String> available) {
        return available.stream().filter(tag -> tag.equalsIgnoreCase(wanted)).findFirst();
    }

    private static Optional<String> sameLanguage(String wanted, Collection<String> available) {
        var language = language(wanted);
        if (language.equals("*")) {
            return Optional.empty();
        }
        return available.stream()
                .filter(tag -> language(tag).equals(language))
                .min(Comparator.comparing((String tag) -> !tag.equalsIgnoreCase(DEFAULT_LOCALE))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String language(String tag) {
        var dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
