package io.backstride.assessment.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.RandomAnswers;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.InstrumentSource;
import io.backstride.assessment.domain.instrument.Item;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The safety property of clinical-rules §1: any answer set that contains an URGENT or REFER trigger,
 * whatever the other answers, never yields a programme. Proved three ways, each on the full journey
 * (every instrument validated, scored and run):
 * exhaustively against every value of every other item, exhaustively for every pair of triggers, and
 * for thousands of seeded random answer sets around each trigger.
 */
class RedFlagDominanceTest {

    private static final long SEED = 20_260_601L;
    private static final int RANDOM_SETS_PER_TRIGGER = 300;

    @Test
    void everyRedFlagWinsAgainstEveryValueOfEveryOtherAnswer() {
        var checked = 0;
        for (var trigger : RuleExamples.redFlagTriggers()) {
            var random = new Random(SEED);
            var triggered = trigger.change().apply(Journeys.cleanAnswers(trigger.journey()));
            var setByTrigger = triggerOnly(trigger);
            for (var instrumentId : triggered.instrumentIds()) {
                for (var item : ShippedInstruments.CATALOGUE.get(instrumentId).items()) {
                    if (setByTrigger.answersTo(instrumentId).containsKey(item.id())) {
                        continue;
                    }
                    for (var value : everyValueOf(item)) {
                        var fixed = triggered.with(instrumentId, item.id(), value);
                        var answers = RandomAnswers.around(fixed, ShippedInstruments.CATALOGUE, triggered.instrumentIds(), random);
                        assertNoProgramme(trigger, answers);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    @Test
    void everyRedFlagWinsAgainstRandomAnswersToEverythingElse() {
        var random = new Random(SEED);
        for (var trigger : RuleExamples.redFlagTriggers()) {
            var fixed = triggerOnly(trigger);
            var instruments = Journeys.cleanAnswers(trigger.journey()).instrumentIds();
            IntStream.range(0, RANDOM_SETS_PER_TRIGGER).forEach(i ->
                    assertNoProgramme(trigger, RandomAnswers.around(fixed, ShippedInstruments.CATALOGUE, instruments, random)));
        }
    }

    @Test
    void everyPairOfRedFlagsGivesTheHigherLevelOfTheTwo() {
        var triggers = RuleExamples.redFlagTriggers();
        for (var first : triggers) {
            for (var second : triggers) {
                if (first.journey() != second.journey()) {
                    continue;
                }
                var answers = second.change().apply(first.change().apply(Journeys.cleanAnswers(first.journey())));
                var decision = Journeys.decide(first.journey(), answers);
                var expected = max(RuleExamples.RED_FLAG_LEVELS.get(first.ruleId()), RuleExamples.RED_FLAG_LEVELS.get(second.ruleId()));
                assertThat(decision.outcome()).as("%s with %s", first, second).isEqualTo(expected);
                assertThat(decision.allowsProgramme()).isFalse();
            }
        }
    }

    @Test
    void everyCombinationOfCaudaEquinaSignsIsUrgent() {
        var signs = List.of("bladderOrBowelChange", "saddleNumbness", "legWeaknessWorsening", "walkingDifficultyNew");
        for (var instrumentId : List.of("screening", "check-in")) {
            var journey = instrumentId.equals("screening") ? RuleExample.Journey.INITIAL_ASSESSMENT : RuleExample.Journey.WEEKLY_CHECK_IN;
            for (int mask = 1; mask < 1 << signs.size(); mask++) {
                var answers = Journeys.cleanAnswers(journey);
                for (int bit = 0; bit < signs.size(); bit++) {
                    answers = answers.with(instrumentId, signs.get(bit), (mask & 1 << bit) != 0 ? Answer.yes() : Answer.no());
                }
                assertThat(Journeys.decide(journey, answers).outcome()).as("%s mask %s", instrumentId, mask)
                        .isEqualTo(OutcomeLevel.URGENT);
            }
        }
    }

    @Test
    void proofFailsWhenARedFlagRuleIsRemoved() {
        var screening = ShippedInstruments.CATALOGUE.get("screening");
        var texts = new HashMap<String, Map<String, String>>();
        screening.texts().forEach((locale, words) -> {
            var kept = new HashMap<>(words);
            kept.remove("reason.SCR-LEG-SYMPTOMS");
            texts.put(locale, kept);
        });
        var weakened = new Instrument(screening.id(), screening.version(),
                screening.titleKey(), screening.introKey(), screening.items(), screening.scores(),
                screening.safetyRules().stream().filter(rule -> !rule.id().equals("SCR-LEG-SYMPTOMS")).toList(),
                screening.factorRules(), screening.trendRules(), texts);
        var others = ShippedInstruments.CATALOGUE.all().stream().filter(i -> !i.id().equals("screening")).toList();
        var instruments = new ArrayList<>(others);
        instruments.add(weakened);
        InstrumentSource source = () -> instruments;
        var assessment = new InitialAssessment(InstrumentCatalogue.load(source),
                ShippedInstruments.URGENT_CARE);
        var legNumbness = Journeys.cleanAnswers(RuleExample.Journey.INITIAL_ASSESSMENT).yes("screening", "legSymptoms");
        var result = assessment.evaluate(new AssessmentSubmission(Locale.UK,
                legNumbness.submissions(ShippedInstruments.CATALOGUE)));
        assertThat(result.allowsProgramme()).as("without the rule, leg numbness would slip through").isTrue();
    }

    private static void assertNoProgramme(RuleExample trigger, AnswerSet answers) {
        var decision = Journeys.decide(trigger.journey(), answers);
        var required = RuleExamples.RED_FLAG_LEVELS.get(trigger.ruleId());
        var safe = decision.evaluated() && !decision.allowsProgramme() && decision.outcome().isAtLeast(required)
                && decision.firedRuleIds().contains(trigger.ruleId());
        if (!safe) {
            throw new AssertionError(trigger + " with " + answers + " gave " + decision.result());
        }
    }

    private static AnswerSet triggerOnly(RuleExample trigger) {
        var clean = Journeys.cleanAnswers(trigger.journey());
        var triggered = trigger.change().apply(clean);
        var fixed = AnswerSet.empty();
        for (var instrumentId : triggered.instrumentIds()) {
            for (var entry : triggered.answersTo(instrumentId).entrySet()) {
                if (!entry.getValue().equals(clean.answersTo(instrumentId).get(entry.getKey()))) {
                    fixed = fixed.with(instrumentId, entry.getKey(), entry.getValue());
                }
            }
        }
        return fixed;
    }

    private static List<Answer> everyValueOf(Item item) {
        return switch (item.type()) {
            case YES_NO -> List.of(Answer.yes(), Answer.no());
            case SINGLE_CHOICE -> item.options().stream().map(option -> Answer.text(option.value())).toList();
            case SCALE_0_10 -> IntStream.rangeClosed(0, 10).mapToObj(Answer::number).toList();
            case NUMBER -> IntStream.rangeClosed(item.range().min().intValue(), item.range().max().intValue())
                    .mapToObj(Answer::number).toList();
            case SHORT_TEXT -> List.of(Answer.text("run 10 km"), Answer.text("x".repeat(item.maxLength())));
        };
    }

    private static OutcomeLevel max(OutcomeLevel a, OutcomeLevel b) {
        return a.isAtLeast(b) ? a : b;
    }
}
