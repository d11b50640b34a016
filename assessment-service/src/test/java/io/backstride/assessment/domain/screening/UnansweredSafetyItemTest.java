package io.backstride.assessment.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.RandomAnswers;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.checkin.CheckInResult;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.ProblemCode;
import io.backstride.assessment.domain.instrument.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An unanswered required safety question is never read as "no": the submission is refused with the
 * missing field named, and no outcome, least of all a programme, comes out of it.
 */
class UnansweredSafetyItemTest {

    private static final long SEED = 20_260_602L;

    @Test
    void leavingOutAnySafetyQuestionIsAnErrorNeverANo() {
        for (var journey : RuleExample.Journey.values()) {
            var clean = Journeys.cleanAnswers(journey);
            for (var instrumentId : clean.instrumentIds()) {
                for (var itemId : safetyItemsAnswered(clean, instrumentId)) {
                    var decision = Journeys.decide(journey, clean.without(instrumentId, itemId));
                    assertThat(decision.evaluated()).as("%s.%s left out", instrumentId, itemId).isFalse();
                    assertThat(decision.allowsProgramme()).isFalse();
                    assertThat(problemsOf(decision.result())).as("%s.%s", instrumentId, itemId)
                            .contains(new ValidationProblem(instrumentId, itemId, ProblemCode.MISSING_REQUIRED,
                                    "an answer is required"));
                }
            }
        }
    }

    @Test
    void leavingOutAnyRandomSetOfSafetyQuestionsIsAnErrorNeverANo() {
        var random = new Random(SEED);
        for (var journey : RuleExample.Journey.values()) {
            var clean = Journeys.cleanAnswers(journey);
            for (int round = 0; round < 500; round++) {
                var answers = RandomAnswers.around(AnswerSet.empty(), ShippedInstruments.CATALOGUE, clean.instrumentIds(), random);
                var leftOut = new ArrayList<String>();
                for (var instrumentId : answers.instrumentIds()) {
                    for (var itemId : safetyItemsAnswered(answers, instrumentId)) {
                        if (random.nextInt(4) == 0) {
                            answers = answers.without(instrumentId, itemId);
                            leftOut.add(instrumentId + "." + itemId);
                        }
                    }
                }
                if (leftOut.isEmpty()) {
                    continue;
                }
                var decision = Journeys.decide(journey, answers);
                assertThat(decision.allowsProgramme()).as("left out %s", leftOut).isFalse();
                if (!decision.evaluated()) {
                    assertThat(problemsOf(decision.result())).extracting(ValidationProblem::field)
                            .containsAll(leftOut.stream().filter(field -> stillShown(field, decision)).toList());
                } else {
                    throw new AssertionError("Decided despite unanswered safety questions " + leftOut);
                }
            }
        }
    }

    @Test
    void answeringASafetyQuestionWithTheWrongTypeIsAnErrorNeverANo() {
        for (var journey : RuleExample.Journey.values()) {
            var clean = Journeys.cleanAnswers(journey);
            for (var instrumentId : clean.instrumentIds()) {
                for (var itemId : safetyItemsAnswered(clean, instrumentId)) {
                    for (var wrong : List.of(Answer.fromJson(List.of()), Answer.fromJson(null), Answer.text("no"))) {
                        var answers = clean.with(instrumentId, itemId, wrong);
                        var decision = Journeys.decide(journey, answers);
                        if (decision.evaluated()) {
                            // a choice item accepts text; only a known option passes and that is an answer
                            assertThat(ShippedInstruments.CATALOGUE.get(instrumentId).item(itemId).orElseThrow().type().name())
                                    .isEqualTo("SINGLE_CHOICE");
                        } else {
                            assertThat(decision.allowsProgramme()).isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void requiredFollowUpHiddenBySkipLogicIsNotRequired() {
        var answers = Journeys.cleanAnswers(RuleExample.Journey.INITIAL_ASSESSMENT);
        assertThat(answers.answersTo("screening")).doesNotContainKeys("osteoporosisOrSteroids", "anyImprovement");
        assertThat(Journeys.decide(RuleExample.Journey.INITIAL_ASSESSMENT, answers).evaluated()).isTrue();
    }

    @Test
    void requiredFollowUpShownBySkipLogicMustBeAnswered() {
        var answers = Journeys.cleanAnswers(RuleExample.Journey.INITIAL_ASSESSMENT).yes("screening", "minorTrauma");
        var decision = Journeys.decide(RuleExample.Journey.INITIAL_ASSESSMENT, answers);
        assertThat(decision.evaluated()).isFalse();
        assertThat(problemsOf(decision.result())).extracting(ValidationProblem::field)
                .containsExactly("screening.osteoporosisOrSteroids");
    }

    private static List<String> safetyItemsAnswered(AnswerSet answers, String instrumentId) {
        var instrument = ShippedInstruments.CATALOGUE.get(instrumentId);
        return instrument.safetyRules().stream().flatMap(rule -> rule.when().itemIds().stream()).distinct()
                .filter(answers.answersTo(instrumentId)::containsKey).toList();
    }

    /** A follow-up left out together with the question that shows it is no longer asked. */
    private static boolean stillShown(String field, Journeys.Decision decision) {
        return !field.equals("screening.osteoporosisOrSteroids") && !field.equals("screening.anyImprovement")
                && !field.equals("running-pattern.onsetTiming")
                || problemsOf(decision.result()).stream().anyMatch(problem -> problem.field().equals(field));
    }

    static List<ValidationProblem> problemsOf(Object result) {
        return switch (result) {
            case AssessmentResult.Rejected rejected -> rejected.problems();
            case CheckInResult.Rejected rejected -> rejected.problems();
            default -> List.of();
        };
    }
}
