package io.backstride.assessment.web;

import java.util.List;
import java.util.Locale;

/** Reads the {@code Accept-Language} header leniently: a malformed header counts as no preference. */
final class RunnerLocales {

    private RunnerLocales() {
    }

    static List<Locale.LanguageRange> wanted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
