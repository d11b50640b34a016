package io.backstride.assessment.domain.screening;

import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.scoring.Baseline;
import org.junit.jupiter.api.Test;

/**
 * Runners' free text (the activities they name) stays in their answers: nothing a result carries for
 * events or audit — fired rules, inputs, scores, profile — repeats it.
 */
class FreeTextTest {

    private static final String PRIVATE_TEXT = "walk to Dr Patel at St Mary's";

    @Test
    void resultsOfAnAssessmentNeverCarryTheRunnersFreeText() {
        var answers = CleanRunner.initialAssessment()
                .with("function-scale", "activity1", Answer.text(PRIVATE_TEXT))
                .yes(SCREENING, "saddleNumbness")
                .choice("running-pattern", "strengthTraining", "NEVER");
        var result = ShippedInstruments.assessed(answers);
        assertThat(result.firedRules().toString()).doesNotContain(PRIVATE_TEXT);
        assertThat(result.scores().toString()).doesNotContain(PRIVATE_TEXT);
        assertThat(result.profile().orElseThrow().toString()).doesNotContain(PRIVATE_TEXT);
        assertThat(result.instruments().toString()).doesNotContain(PRIVATE_TEXT);
        assertThat(result.toString()).doesNotContain(PRIVATE_TEXT);
    }

    @Test
    void resultsOfACheckInNeverCarryTheRunnersFreeText() {
        var answers = CleanRunner.checkIn().with("function-scale", "activity1", Answer.text(PRIVATE_TEXT))
                .number("function-scale", "activity1Rating", 2).yes("check-in", "legSymptoms");
        var result = ShippedInstruments.checkedIn(answers, CleanRunner.baseline());
        assertThat(result.toString()).doesNotContain(PRIVATE_TEXT);
        assertThat(Baseline.of(result.scores()).toString()).doesNotContain(PRIVATE_TEXT);
    }
}
