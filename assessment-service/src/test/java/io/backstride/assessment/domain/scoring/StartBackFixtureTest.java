package io.backstride.assessment.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.InstrumentFiles;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.Submission;
import io.backstride.assessment.domain.instrument.SubmissionValidation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A licensed instrument is never shipped, but an operator who holds the licence can drop its
 * definition in. This fixture has STarT Back's structure and published scoring with placeholder
 * wording: 9 items, total 0–3 low, 4–9 medium unless the psychosocial subscale (items 5–9) reaches 4,
 * then high.
 */
class StartBackFixtureTest {

    private static final Instrument START_BACK = InstrumentFiles.readResource("instruments/licensed/start-back.json");
    private static final List<String> BOTHER = List.of("NOT_AT_ALL", "SLIGHTLY", "MODERATELY", "VERY_MUCH", "EXTREMELY");

    @Test
    void loadsALicensedInstrumentFromAnOperatorsFileIntoTheCatalogue() {
        var catalogue = InstrumentCatalogue.of(List.of(START_BACK));
        assertThat(catalogue.get("start-back").items()).hasSize(9);
    }

    @Test
    void scoresLowRiskFromZeroToThree() {
        assertThat(band(agreeWith(1, 2, 3), "NOT_AT_ALL")).isEqualTo("LOW");
        assertThat(total(agreeWith(1, 2, 3), "NOT_AT_ALL")).isEqualTo(3);
    }

    @Test
    void scoresMediumRiskFromFourWhenThePsychosocialSubscaleStaysBelowFour() {
        assertThat(band(agreeWith(1, 2, 3, 4), "NOT_AT_ALL")).isEqualTo("MEDIUM");
        assertThat(band(agreeWith(1, 2, 5, 6, 7), "MODERATELY")).isEqualTo("MEDIUM");
    }

    @Test
    void scoresHighRiskWhenThePsychosocialSubscaleReachesFour() {
        assertThat(band(agreeWith(5, 6, 7), "VERY_MUCH")).isEqualTo("HIGH");
        assertThat(band(agreeWith(5, 6, 7, 8), "SLIGHTLY")).isEqualTo("HIGH");
    }

    @Test
    void countsOnlyVeryMuchAndExtremelyBotheredAsAPoint() {
        assertThat(total(agreeWith(), "MODERATELY")).isZero();
        assertThat(total(agreeWith(), "VERY_MUCH")).isEqualTo(1);
        assertThat(total(agreeWith(), "EXTREMELY")).isEqualTo(1);
    }

    /** Every one of the 2^8 × 5 answer combinations is banded as the published rule says. */
    @Test
    void bandsEveryPossibleAnswerSetAsThePublishedRuleDoes() {
        for (int mask = 0; mask < 1 << 8; mask++) {
            for (var bother : BOTHER) {
                var answers = answers(mask, bother);
                var total = Integer.bitCount(mask) + (bother.equals("VERY_MUCH") || bother.equals("EXTREMELY") ? 1 : 0);
                var psychosocial = Integer.bitCount(mask >> 4) + (bother.equals("VERY_MUCH") || bother.equals("EXTREMELY") ? 1 : 0);
                var published = total <= 3 ? "LOW" : psychosocial >= 4 ? "HIGH" : "MEDIUM";
                var scores = scores(answers);
                assertThat(scores.find("start-back:total").orElseThrow().band()).as("mask %s %s", mask, bother).isEqualTo(published);
                assertThat(scores.find("start-back:psychosocial").orElseThrow().value()).isEqualTo(psychosocial);
            }
        }
    }

    private static int agreeWith(int... items) {
        var mask = 0;
        for (var item : items) {
            mask |= 1 << (item - 1);
        }
        return mask;
    }

    private static String band(int mask, String bother) {
        return scores(answers(mask, bother)).find("start-back:total").orElseThrow().band();
    }

    private static double total(int mask, String bother) {
        return scores(answers(mask, bother)).find("start-back:total").orElseThrow().value();
    }

    private static Map<String, Answer> answers(int mask, String bother) {
        var answers = new HashMap<String, Answer>();
        for (int item = 1; item <= 8; item++) {
            answers.put("q" + item, (mask & 1 << (item - 1)) != 0 ? Answer.yes() : Answer.no());
        }
        answers.put("q9", Answer.text(bother));
        return answers;
    }

    private static Scores scores(Map<String, Answer> answers) {
        var validated = SubmissionValidation.validate(START_BACK, new Submission("start-back", "1.0.0", answers));
        assertThat(validated.problems()).isEmpty();
        return new Scores(Scoring.score(START_BACK, validated.answers()));
    }
}
