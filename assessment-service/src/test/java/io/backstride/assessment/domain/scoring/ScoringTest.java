package io.backstride.assessment.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.Answers;
import io.backstride.assessment.domain.instrument.Band;
import io.backstride.assessment.domain.instrument.Better;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.Item;
import io.backstride.assessment.domain.instrument.Option;
import io.backstride.assessment.domain.instrument.ScoreDefinition;
import io.backstride.assessment.domain.instrument.ScoreMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final Instrument SCORED = new Instrument("scored", "1.0.0", null, null, List.of(
            Item.yesNo("a", "a"), Item.yesNo("b", "b"),
            Item.choice("c", "c", List.of(new Option("LOW", "c.LOW", 0.0), new Option("HIGH", "c.HIGH", 2.0))),
            Item.scale("d", "d").optional(), Item.scale("e", "e").optional()),
            List.of(new ScoreDefinition("sum", ScoreMethod.SUM, List.of("a", "b", "c"), null, null,
                            List.of(Band.of("NONE", 0, 0), Band.of("SOME", 1, 4))),
                    new ScoreDefinition("subscale", ScoreMethod.SUM, List.of("b", "c"), null, null, List.of()),
                    new ScoreDefinition("mean", ScoreMethod.MEAN, List.of("d", "e"), Better.HIGHER, 2.0, List.of())),
            List.of(), List.of(), List.of(), Map.of());

    @Test
    void sumsYesAnswersAsOneAndOptionsByTheirScore() {
        var scores = score(Map.of("a", Answer.yes(), "b", Answer.no(), "c", Answer.text("HIGH")));
        assertThat(scores.find("scored:sum").orElseThrow().value()).isEqualTo(3);
        assertThat(scores.find("scored:sum").orElseThrow().band()).isEqualTo("SOME");
    }

    @Test
    void scoresASubscaleOverItsOwnItemsOnly() {
        var scores = score(Map.of("a", Answer.yes(), "b", Answer.yes(), "c", Answer.text("LOW")));
        assertThat(scores.find("scored:subscale").orElseThrow().value()).isEqualTo(1);
    }

    @Test
    void takesTheMeanOfAnsweredItemsOnly() {
        assertThat(score(Map.of("d", Answer.number(7))).find("scored:mean").orElseThrow().value()).isEqualTo(7);
        assertThat(score(Map.of("d", Answer.number(7), "e", Answer.number(4))).find("scored:mean").orElseThrow().value()).isEqualTo(5.5);
    }

    @Test
    void leavesOutAScoreNoneOfWhoseItemsWasAnsweredRatherThanCallingItZero() {
        assertThat(score(Map.of("a", Answer.yes())).find("scored:mean")).isEmpty();
    }

    @Test
    void usesTheFirstBandThatMatches() {
        assertThat(score(Map.of("a", Answer.no(), "b", Answer.no(), "c", Answer.text("LOW"))).find("scored:sum").orElseThrow().band())
                .isEqualTo("NONE");
    }

    @ParameterizedTest(name = "pain {0}/10 is {1}")
    @CsvSource({"0, SAFE", "3, SAFE", "4, ACCEPTABLE", "5, ACCEPTABLE", "6, NOT_ACCEPTABLE", "10, NOT_ACCEPTABLE"})
    void bandsPainRatingsByThePainMonitoringModel(int pain, String band) {
        var answers = CleanRunner.initialAssessment().number("pain-ratings", "painDuringRun", pain);
        var duringRun = ShippedInstruments.assessed(answers).scores().find("pain-ratings:duringRun").orElseThrow();
        assertThat(duringRun.value()).isEqualTo(pain);
        assertThat(duringRun.band()).isEqualTo(band);
    }

    @Test
    void scoresPainDuringRunsNextMorningAndAtRestSeparately() {
        var scores = ShippedInstruments.assessed(CleanRunner.initialAssessment()
                .plus(CleanRunner.painRatings(4, 3, 1))).scores();
        assertThat(scores.values()).containsEntry("pain-ratings:duringRun", 4.0)
                .containsEntry("pain-ratings:nextMorning", 3.0).containsEntry("pain-ratings:atRest", 1.0);
    }

    @Test
    void functionScaleScoresOneNamedActivityAsItsRating() {
        assertThat(functionScore(CleanRunner.functionScale(6))).isEqualTo(6);
    }

    @Test
    void functionScaleIsTheMeanOfUpToThreeNamedActivities() {
        var three = CleanRunner.functionScale(6)
                .with("function-scale", "activity2", Answer.text("play with my kids"))
                .number("function-scale", "activity2Rating", 3)
                .with("function-scale", "activity3", Answer.text("sit through a film"))
                .number("function-scale", "activity3Rating", 8);
        assertThat(functionScore(three)).isCloseTo(17.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void functionScaleAsksForARatingOnlyForANamedActivity() {
        var unnamedRating = CleanRunner.functionScale(6).number("function-scale", "activity2Rating", 3);
        assertThat(ShippedInstruments.assess(CleanRunner.initialAssessment().plus(unnamedRating)).allowsProgramme()).isFalse();
        var namedUnrated = CleanRunner.functionScale(6).with("function-scale", "activity2", Answer.text("swim"));
        assertThat(ShippedInstruments.assess(CleanRunner.initialAssessment().plus(namedUnrated)).allowsProgramme()).isFalse();
    }

    private static double functionScore(AnswerSet functionScale) {
        var answers = CleanRunner.initialAssessment().withoutInstrument("function-scale").plus(functionScale);
        return ShippedInstruments.assessed(answers).scores().find("function-scale:function").orElseThrow().value();
    }

    private static Scores score(Map<String, Answer> answers) {
        return new Scores(Scoring.score(SCORED, Answers.of(answers)));
    }
}
