package io.backstride.assessment.domain.screening;

import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UrgentCareAdviceTest {

    private static final UrgentCareDirectory DIRECTORY = ShippedInstruments.URGENT_CARE;

    @Test
    void tellsABritishRunnerToGoToAAndEOrCallNhs111() {
        var advice = urgentAdviceFor(Locale.UK);
        assertThat(advice.message()).contains("A&E", "NHS 111");
        assertThat(advice.contacts()).extracting(EmergencyContact::number).containsExactly("111", "999");
    }

    @Test
    void tellsAnAmericanRunnerToGoToTheEmergencyRoomOrCall911AndNeverMentionsTheNhs() {
        var advice = urgentAdviceFor(Locale.US);
        assertThat(advice.message()).contains("emergency room", "911").doesNotContain("NHS", "A&E", "111", "999");
        assertThat(advice.contacts()).extracting(EmergencyContact::number).containsExactly("911");
    }

    @Test
    void givesARunnerInALocaleWithoutItsOwnAdviceNeutralAdviceNamingNoCountrysServices() {
        for (var locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("en-AU"), Locale.forLanguageTag("en"))) {
            var advice = urgentAdviceFor(locale);
            assertThat(advice).isEqualTo(DIRECTORY.fallback());
            assertThat(advice.message()).contains("local emergency number").doesNotContain("NHS", "A&E", "111", "999", "911");
        }
    }

    @Test
    void doesNotFallBackToBritishAdviceForAnotherEnglishSpeakingCountry() {
        assertThat(DIRECTORY.adviceFor(Locale.forLanguageTag("en-IE")).locale()).isNotEqualTo("en-GB");
    }

    @Test
    void givesUrgentAdviceOnlyWithAnUrgentOutcome() {
        for (var item : List.of("legSymptoms", "cancerHistory", "significantTrauma")) {
            assertThat(ShippedInstruments.assessed(CleanRunner.initialAssessment().yes(SCREENING, item)).urgentCare()).isEmpty();
        }
        assertThat(ShippedInstruments.assessed(CleanRunner.initialAssessment()).urgentCare()).isEmpty();
    }

    @Test
    void namesTheAdviceVersionWithTheAdvice() {
        var result = ShippedInstruments.assessed(CleanRunner.initialAssessment().yes(SCREENING, "bladderOrBowelChange"));
        assertThat(result.urgentCare().orElseThrow().adviceVersion()).isEqualTo(DIRECTORY.version());
    }

    @Test
    void reportsADirectoryWithoutFallbackOrWithAnIncompleteEntry() {
        var broken = new UrgentCareDirectory("1.0.0",
                List.of(new UrgentCareAdvice("en-GB", "Get help", " ", List.of(new EmergencyContact("NHS 111", "")))), null);
        assertThat(broken.problems()).containsExactly("urgent-care advice has no fallback",
                "urgent-care advice en-GB needs a headline and a message",
                "urgent-care advice en-GB has a contact without label or number");
    }

    private static UrgentCareAdvice urgentAdviceFor(Locale locale) {
        var result = ShippedInstruments.evaluated(ShippedInstruments.assess(
                CleanRunner.initialAssessment().yes(SCREENING, "saddleNumbness"), locale));
        return result.urgentCare().orElseThrow().advice();
    }
}
