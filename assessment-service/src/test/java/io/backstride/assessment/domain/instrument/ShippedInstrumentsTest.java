package io.backstride.assessment.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.backstride.assessment.domain.InstrumentFiles;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.screening.InstrumentSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file shipped under {@code resources/instruments/} is whole, and together they cover the clinical rules. */
class ShippedInstrumentsTest {

    @TestFactory
    Stream<DynamicTest> everyShippedInstrumentPassesItsIntegrityCheck() {
        return InstrumentFiles.shippedFiles().stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            var instrument = InstrumentFiles.read(file);
            assertThat(InstrumentIntegrity.problemsOf(instrument)).isEmpty();
            assertThat(file.getFileName().toString()).isEqualTo(instrument.id() + ".json");
            assertThat(instrument.version()).matches("\\d+\\.\\d+\\.\\d+");
        }));
    }

    @Test
    void catalogueLoadsEveryShippedInstrumentTogether() {
        assertThat(ShippedInstruments.CATALOGUE.all()).extracting(Instrument::id)
                .containsExactlyInAnyOrder("check-in", "function-scale", "pain-ratings", "running-pattern", "screening");
    }

    @Test
    void everyInstrumentOfTheAssessmentAndTheCheckInIsShipped() {
        for (var set : new InstrumentSet[] {InstrumentSet.INITIAL_ASSESSMENT, InstrumentSet.WEEKLY_CHECK_IN}) {
            assertThat(ShippedInstruments.CATALOGUE.find(set.screening())).isPresent();
            set.others().forEach(id -> assertThat(ShippedInstruments.CATALOGUE.find(id)).as(id).isPresent());
        }
    }

    @Test
    void ruleIdsAreUniqueAcrossAllShippedInstruments() {
        var seen = new HashSet<String>();
        ShippedInstruments.CATALOGUE.all().stream().flatMap(instrument -> instrument.ruleIds().stream())
                .forEach(id -> assertThat(seen.add(id)).as("rule id %s used once", id).isTrue());
    }

    @Test
    void urgentCareAdviceIsWholeAndVersioned() {
        assertThat(ShippedInstruments.URGENT_CARE.problems()).isEmpty();
    }

    @Test
    void everyLocaleWithInstrumentTextsHasItsOwnUrgentCareAdvice() {
        var locales = ShippedInstruments.CATALOGUE.all().stream()
                .flatMap(instrument -> instrument.texts().keySet().stream()).collect(Collectors.toSet());
        assertThat(locales).contains("en-GB", "en-US");
        locales.forEach(tag -> assertThat(ShippedInstruments.URGENT_CARE.covers(Locale.forLanguageTag(tag)))
                .as("urgent-care advice for %s", tag).isTrue());
    }

    @Test
    void screeningCarriesEveryRedFlagOfTheClinicalRulesAtItsLevel() {
        var expected = Map.ofEntries(
                Map.entry("SCR-CES-BLADDER-BOWEL", OutcomeLevel.URGENT),
                Map.entry("SCR-CES-SADDLE", OutcomeLevel.URGENT),
                Map.entry("SCR-CES-LEG-WEAKNESS", OutcomeLevel.URGENT),
                Map.entry("SCR-CES-WALKING", OutcomeLevel.URGENT),
                Map.entry("SCR-LEG-SYMPTOMS", OutcomeLevel.REFER),
                Map.entry("SCR-PERSISTENT", OutcomeLevel.REFER),
                Map.entry("SCR-WORSENING", OutcomeLevel.REFER),
                Map.entry("SCR-NOT-RUNNING-RELATED", OutcomeLevel.REFER),
                Map.entry("SCR-CANCER-HISTORY", OutcomeLevel.REFER),
                Map.entry("SCR-ONSET-AGE", OutcomeLevel.REFER),
                Map.entry("SCR-NIGHT-PAIN", OutcomeLevel.REFER),
                Map.entry("SCR-WEIGHT-LOSS", OutcomeLevel.REFER),
                Map.entry("SCR-FEVER-UNWELL", OutcomeLevel.REFER),
                Map.entry("SCR-IMMUNE-OR-IV-DRUGS", OutcomeLevel.REFER),
                Map.entry("SCR-RECENT-INFECTION", OutcomeLevel.REFER),
                Map.entry("SCR-SIGNIFICANT-TRAUMA", OutcomeLevel.REFER),
                Map.entry("SCR-MINOR-TRAUMA-FRAGILE-BONE", OutcomeLevel.REFER),
                Map.entry("SCR-DEFORMITY", OutcomeLevel.REFER),
                Map.entry("SCR-NO-IMPROVEMENT", OutcomeLevel.REFER));
        var screening = ShippedInstruments.CATALOGUE.get("screening");
        expected.forEach((ruleId, level) -> assertThat(screening.safetyRules())
                .as(ruleId).anySatisfy(rule -> {
                    assertThat(rule.id()).isEqualTo(ruleId);
                    assertThat(rule.level()).isEqualTo(level);
                }));
        assertThat(ShippedInstruments.CATALOGUE.get("pain-ratings").safetyRules())
                .anySatisfy(rule -> {
                    assertThat(rule.id()).isEqualTo("PR-RUN-PAIN-HIGH");
                    assertThat(rule.level()).isEqualTo(OutcomeLevel.PROCEED_WITH_CAUTION);
                    assertThat(rule.when()).isEqualTo(Condition.isAbove("painDuringRun", 5));
                });
    }

    @Test
    void checkInAsksEveryUrgentScreeningQuestionAgainAtTheSameLevel() {
        var screening = ShippedInstruments.CATALOGUE.get("screening");
        var checkIn = ShippedInstruments.CATALOGUE.get("check-in");
        screening.safetyRules().stream().filter(rule -> rule.level() == OutcomeLevel.URGENT).forEach(rule ->
                assertThat(checkIn.safetyRules()).as("check-in counterpart of %s", rule.id())
                        .anySatisfy(counterpart -> {
                            assertThat(counterpart.when()).isEqualTo(rule.when());
                            assertThat(counterpart.level()).isEqualTo(OutcomeLevel.URGENT);
                        }));
    }

    @Test
    void everySafetyQuestionIsRequired() {
        for (var instrument : ShippedInstruments.CATALOGUE.all()) {
            instrument.safetyRules().forEach(rule -> rule.when().itemIds().forEach(itemId ->
                    assertThat(instrument.item(itemId)).get().extracting(Item::required).as(itemId).isEqualTo(true)));
        }
    }

    /** The product words every text anew; no run of eight words may come from the source article. */
    @Test
    void shippedTextsAreOurOwnWordsNotTheSourceArticles() throws IOException {
        var source = Path.of("..", "..", "shared", "seed", "running-low-back-pain.txt");
        Assumptions.assumeTrue(Files.exists(source), "source article not beside the repository");
        var sourceShingles = shingles(Files.readString(source));
        for (var instrument : ShippedInstruments.CATALOGUE.all()) {
            instrument.texts().forEach((locale, words) -> words.forEach((key, text) ->
                    assertThat(shingles(text)).as("%s %s %s", instrument.id(), locale, key)
                            .doesNotContainAnyElementsOf(sourceShingles)));
        }
    }

    private static Set<String> shingles(String text) {
        var words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
        var shingles = new HashSet<String>();
        for (int i = 0; i + 8 <= words.length; i++) {
            shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + 8)));
        }
        return shingles;
    }
}
