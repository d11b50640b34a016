package io.backstride.assessment.domain.instrument;

import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalisationTest {

    private static final Instrument SCREENING_INSTRUMENT = ShippedInstruments.CATALOGUE.get(SCREENING);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void usesTheRunnersLocaleWhereItHasTheText() {
        assertThat(SCREENING_INSTRUMENT.text("instrument.intro", Locale.US)).contains("program ").doesNotContain("programme");
        assertThat(SCREENING_INSTRUMENT.text("instrument.intro", Locale.UK)).contains("programme");
    }

    @Test
    void fallsBackToBritishEnglishKeyByKey() {
        assertThat(SCREENING_INSTRUMENT.text("item.saddleNumbness", Locale.US))
                .isEqualTo(SCREENING_INSTRUMENT.text("item.saddleNumbness", Locale.UK));
    }

    @Test
    void fallsBackToBritishEnglishForALocaleWithNoTextsAtAll() {
        assertThat(SCREENING_INSTRUMENT.text("item.legSymptoms", DUTCH))
                .isEqualTo(SCREENING_INSTRUMENT.text("item.legSymptoms", Locale.UK));
    }

    @Test
    void refusesAKeyThatHasNoTextAnywhere() {
        assertThatThrownBy(() -> SCREENING_INSTRUMENT.text("item.unknown", Locale.UK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localisedInstrumentCarriesEveryItemOptionAndSkipRuleInTheRunnersWords() {
        var localised = SCREENING_INSTRUMENT.localised(Locale.US);
        assertThat(localised.locale()).isEqualTo("en-US");
        assertThat(localised.version()).isEqualTo(SCREENING_INSTRUMENT.version());
        assertThat(localised.items()).extracting(LocalisedInstrument.LocalisedItem::id)
                .containsExactlyElementsOf(SCREENING_INSTRUMENT.items().stream().map(Item::id).toList());
        assertThat(localised.items()).allSatisfy(item -> assertThat(item.text()).isNotBlank());
        var duration = localised.items().stream().filter(item -> item.id().equals("painDuration")).findFirst().orElseThrow();
        assertThat(duration.options()).extracting(LocalisedInstrument.LocalisedOption::text)
                .containsExactly("Less than two weeks", "Two to four weeks", "More than four weeks");
        var improvement = localised.items().stream().filter(item -> item.id().equals("anyImprovement")).findFirst().orElseThrow();
        assertThat(improvement.showIf()).isEqualTo(Condition.is("painDuration", "OVER_FOUR_WEEKS"));
        var age = localised.items().stream().filter(item -> item.id().equals("ageAtFirstOnset")).findFirst().orElseThrow();
        assertThat(age.range()).isEqualTo(new NumberRange(5.0, 110.0, true));
    }

    @Test
    void givesReasonsInTheRunnersLocale() {
        var answers = CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms");
        var us = ShippedInstruments.evaluated(ShippedInstruments.assess(answers, Locale.US)).firedRules().getFirst();
        var uk = ShippedInstruments.evaluated(ShippedInstruments.assess(answers, Locale.UK)).firedRules().getFirst();
        assertThat(us.reason()).contains("physical therapist").doesNotContain("GP");
        assertThat(uk.reason()).contains("GP or physiotherapist");
        assertThat(us.reasonKey()).isEqualTo(uk.reasonKey());
    }
}
