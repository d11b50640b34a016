package io.backstride.content.domain.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocaleFallbackTest {

    private static final Set<String> AVAILABLE = Set.of("en-GB", "en-AU", "de-DE", "fr-FR");

    @Test
    void servesTheExactLocaleAskedFor() {
        assertThat(LocaleFallback.choose(List.of("de-DE"), AVAILABLE)).contains("de-DE");
        assertThat(LocaleFallback.choose(List.of("en-au"), AVAILABLE)).contains("en-AU");
    }

    @Test
    void servesTheSameLanguageFromAnotherRegionPreferringEnGb() {
        assertThat(LocaleFallback.choose(List.of("de-AT"), AVAILABLE)).contains("de-DE");
        assertThat(LocaleFallback.choose(List.of("en-US"), AVAILABLE)).contains("en-GB");
        assertThat(LocaleFallback.choose(List.of("fr"), AVAILABLE)).contains("fr-FR");
    }

    @Test
    void triesEachPreferenceInOrderBeforeFallingBack() {
        assertThat(LocaleFallback.choose(List.of("nl-NL", "fr-CA", "de-DE"), AVAILABLE)).contains("fr-FR");
    }

    @Test
    void fallsBackToEnGbWhenNothingAskedForExists() {
        assertThat(LocaleFallback.choose(List.of("nl-NL", "*"), AVAILABLE)).contains("en-GB");
        assertThat(LocaleFallback.choose(List.of(), AVAILABLE)).contains(LocaleFallback.DEFAULT_LOCALE);
    }

    @Test
    void findsNothingWhenNeitherTheRequestNorEnGbExists() {
        assertThat(LocaleFallback.choose(List.of("nl-NL"), Set.of("de-DE"))).isEmpty();
    }

    @Test
    void followsTheWeightsOfAnAcceptLanguageHeader() {
        assertThat(LocaleFallback.chooseForHeader("fr;q=0.5, de-CH;q=0.9, nl", AVAILABLE)).contains("de-DE");
    }

    @Test
    void ignoresLanguagesTheHeaderRulesOut() {
        assertThat(LocaleFallback.chooseForHeader("de;q=0, fr;q=0.1", AVAILABLE)).contains("fr-FR");
    }

    @Test
    void treatsAMissingOrMalformedHeaderAsNoPreference() {
        assertThat(LocaleFallback.chooseForHeader(null, AVAILABLE)).contains("en-GB");
        assertThat(LocaleFallback.chooseForHeader("", AVAILABLE)).contains("en-GB");
        assertThat(LocaleFallback.chooseForHeader("fr;q=banana", AVAILABLE)).contains("en-GB");
    }
}
