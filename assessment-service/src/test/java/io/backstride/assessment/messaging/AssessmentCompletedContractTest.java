package io.backstride.assessment.messaging;

import java.time.Instant;
import java.util.UUID;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.screening.AssessmentResult;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

import static io.backstride.assessment.domain.CleanRunner.FUNCTION_SCALE;
import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;

/** The producer's side of {@code AssessmentCompleted}; the published event itself is checked in {@code AssessmentApiIT}. */
class AssessmentCompletedContractTest {

    private static final String RUNNERS_OWN_WORDS = "walk the dog to Grandma Edith's house";

    @Test
    void conformsToItsSchemaForEveryOutcome() {
        var outcomes = new java.util.EnumMap<OutcomeLevel, AnswerSet>(OutcomeLevel.class);
        outcomes.put(OutcomeLevel.PROCEED, CleanRunner.initialAssessment());
        outcomes.put(OutcomeLevel.PROCEED_WITH_CAUTION, CleanRunner.initialAssessment().number(PAIN_RATINGS, "painDuringRun", 7));
        outcomes.put(OutcomeLevel.REFER, CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms"));
        outcomes.put(OutcomeLevel.URGENT, CleanRunner.screening().yes(SCREENING, "saddleNumbness"));

        outcomes.forEach((outcome, answers) -> {
            var result = ShippedInstruments.assessed(answers);
            assertThat(result.outcome()).isEqualTo(outcome);
            EventContract.assertConforms(AssessmentCompleted.TYPE, event(result, "lm-2026"));
            EventContract.assertConforms(AssessmentCompleted.TYPE, event(result, null));
        });
    }

    @Test
    void carriesNoFreeText() {
        var result = ShippedInstruments.assessed(CleanRunner.initialAssessment()
                .with(FUNCTION_SCALE, "activity1", Answer.text(RUNNERS_OWN_WORDS))
                .number(PAIN_RATINGS, "painDuringRun", 7));

        var json = EventContract.JSON.writeValueAsString(event(result, null));

        assertThat(json).doesNotContain(RUNNERS_OWN_WORDS).doesNotContain("Grandma");
        assertThat(result.firedRules()).isNotEmpty().extracting(FiredRule::reason)
                .allSatisfy(reason -> assertThat(json).doesNotContain(reason));
        assertThat(EventContract.openStringsIn(AssessmentCompleted.TYPE)).isEmpty();
    }

    @Test
    void theSchemaRefusesAFreeTextFieldOrAReasonSlippedIntoTheEvent() {
        var example = EventSchemas.example(AssessmentCompleted.TYPE);

        assertThat(EventSchemas.violations(AssessmentCompleted.TYPE,
                example.replaceFirst("\\{", "{\"note\":\"" + RUNNERS_OWN_WORDS + "\",")))
                .isNotEmpty();
        assertThat(EventSchemas.violations(AssessmentCompleted.TYPE,
                example.replace("\"tenantId\":\"london-marathon\"", "\"tenantId\":\"" + RUNNERS_OWN_WORDS + "\"")))
                .isNotEmpty();
    }

    @Test
    void theSchemaExampleConformsForConsumers() {
        assertThat(EventSchemas.violations(AssessmentCompleted.TYPE, EventSchemas.example(AssessmentCompleted.TYPE))).isEmpty();
    }

    private static AssessmentCompleted event(AssessmentResult.Evaluated result, String raceId) {
        return AssessmentCompleted.of(UUID.randomUUID().toString(), "runner-42", "london-marathon", raceId,
                Instant.parse("2026-03-02T09:15:30Z"), result);
    }
}
