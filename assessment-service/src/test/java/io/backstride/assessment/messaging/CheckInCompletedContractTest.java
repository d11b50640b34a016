package io.backstride.assessment.messaging;

import java.time.Instant;
import java.util.UUID;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.scoring.Baseline;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

import static io.backstride.assessment.domain.CleanRunner.CHECK_IN;
import static io.backstride.assessment.domain.CleanRunner.FUNCTION_SCALE;
import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static org.assertj.core.api.Assertions.assertThat;

/** The producer's side of {@code CheckInCompleted}; the published event itself is checked in {@code CheckInApiIT}. */
class CheckInCompletedContractTest {

    private static final String RUNNERS_OWN_WORDS = "carry my toddler up the stairs";

    @Test
    void conformsToItsSchemaWithTrendsNewRedFlagsAndWithoutABaseline() {
        var worse = ShippedInstruments.checkedIn(CleanRunner.checkIn().yes(CHECK_IN, "legSymptoms")
                .number(PAIN_RATINGS, "painDuringRun", 5), CleanRunner.baseline());
        assertThat(worse.trends()).isNotEmpty();
        assertThat(worse.newRedFlags()).isNotEmpty();

        EventContract.assertConforms(CheckInCompleted.TYPE, CheckInCompleted.of(UUID.randomUUID().toString(), "runner-42",
                "london-marathon", "lm-2026", Instant.now(), UUID.randomUUID().toString(), worse));
        EventContract.assertConforms(CheckInCompleted.TYPE, CheckInCompleted.of(UUID.randomUUID().toString(), "runner-42",
                "london-marathon", null, Instant.now(), null,
                ShippedInstruments.checkedIn(CleanRunner.checkIn(), new Baseline(java.util.Map.of()))));
    }

    @Test
    void carriesNoFreeText() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn()
                .with(FUNCTION_SCALE, "activity1", Answer.text(RUNNERS_OWN_WORDS))
                .number(PAIN_RATINGS, "painDuringRun", 6), CleanRunner.baseline());

        var json = EventContract.JSON.writeValueAsString(CheckInCompleted.of(UUID.randomUUID().toString(), "runner-42",
                "london-marathon", null, Instant.now(), null, result));

        assertThat(json).doesNotContain(RUNNERS_OWN_WORDS).doesNotContain("toddler");
        assertThat(result.firedRules()).isNotEmpty().extracting(FiredRule::reason)
                .allSatisfy(reason -> assertThat(json).doesNotContain(reason));
        assertThat(EventContract.openStringsIn(CheckInCompleted.TYPE)).isEmpty();
    }

    @Test
    void theSchemaExampleConformsForConsumers() {
        assertThat(EventSchemas.violations(CheckInCompleted.TYPE, EventSchemas.example(CheckInCompleted.TYPE))).isEmpty();
    }
}
