package io.backstride.assessment.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Instrument;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped rule has an example that fires it and one that does not, each checked here. */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> eachRuleFiresForItsFiringExamples() {
        return RuleExamples.all().stream().filter(RuleExample::fires).map(example -> dynamicTest(example.toString(), () -> {
            var decision = Journeys.decide(example.journey(), example.change().apply(Journeys.cleanAnswers(example.journey())));
            assertThat(decision.evaluated()).as("evaluated: %s", decision.result()).isTrue();
            assertThat(decision.firedRuleIds()).contains(example.ruleId());
            var redFlagLevel = RuleExamples.RED_FLAG_LEVELS.get(example.ruleId());
            if (redFlagLevel != null) {
                assertThat(decision.outcome()).isEqualTo(redFlagLevel);
                assertThat(decision.allowsProgramme()).isFalse();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachRuleStaysQuietForItsQuietExamples() {
        return RuleExamples.all().stream().filter(example -> !example.fires()).map(example -> dynamicTest(example.toString(), () -> {
            var decision = Journeys.decide(example.journey(), example.change().apply(Journeys.cleanAnswers(example.journey())));
            assertThat(decision.evaluated()).as("evaluated: %s", decision.result()).isTrue();
            assertThat(decision.firedRuleIds()).doesNotContain(example.ruleId());
        }));
    }

    @Test
    void cleanRunnerFiresNoRuleInEitherJourney() {
        for (var journey : RuleExample.Journey.values()) {
            var decision = Journeys.decide(journey, Journeys.cleanAnswers(journey));
            assertThat(decision.firedRuleIds()).as(journey.name()).isEmpty();
            assertThat(decision.allowsProgramme()).isTrue();
        }
    }

    @Test
    void everyShippedRuleHasAFiringAndAQuietExample() {
        var shippedRuleIds = ShippedInstruments.CATALOGUE.all().stream()
                .map(Instrument::ruleIds).flatMap(ids -> ids.stream()).collect(Collectors.toSet());
        var firing = RuleExamples.all().stream().filter(RuleExample::fires).map(RuleExample::ruleId).collect(Collectors.toSet());
        var quiet = RuleExamples.all().stream().filter(e -> !e.fires()).map(RuleExample::ruleId).collect(Collectors.toSet());
        assertThat(firing).containsAll(shippedRuleIds);
        assertThat(quiet).containsAll(shippedRuleIds);
        assertThat(shippedRuleIds).as("no example names a rule that is not shipped").containsAll(firing).containsAll(quiet);
    }
}
