package io.backstride.assessment.domain.checkin;

import static io.backstride.assessment.domain.CleanRunner.CHECK_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.instrument.ProblemCode;
import io.backstride.assessment.domain.instrument.ValidationProblem;
import io.backstride.assessment.domain.scoring.Baseline;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.scoring.TrendDirection;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.RuleKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyCheckInTest {

    private static final Baseline BASELINE = CleanRunner.baseline();

    @Test
    void letsTheProgrammeGoOnWhenNothingHasChanged() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn(), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED);
        assertThat(result.trends()).extracting(Trend::direction).containsOnly(TrendDirection.NO_MEANINGFUL_CHANGE);
        assertThat(result.newRedFlags()).isEmpty();
    }

    @Test
    void refersARunnerWhoReportsANewRedFlag() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().yes(CHECK_IN, "weightLossUnexplained"), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.REFER);
        assertThat(result.allowsProgramme()).isFalse();
        assertThat(result.newRedFlags()).extracting(FiredRule::ruleId).containsExactly("CI-WEIGHT-LOSS");
    }

    @Test
    void sendsARunnerWithNewSaddleNumbnessToUrgentCareWithAdvice() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().yes(CHECK_IN, "saddleNumbness"), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.URGENT);
        assertThat(result.urgentCare()).get().extracting(urgentCare -> urgentCare.advice().locale()).isEqualTo("en-GB");
    }

    @Test
    void refersWhenPainDuringRunsHasRisenTwoPointsAboveTheBaseline() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().plus(CleanRunner.painRatings(4, 1, 0)), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.REFER);
        var fired = result.firedRules().getFirst();
        assertThat(fired.ruleId()).isEqualTo("CI-TREND-RUN-PAIN");
        assertThat(fired.kind()).isEqualTo(RuleKind.TREND);
        assertThat(fired.inputs()).containsExactlyInAnyOrderEntriesOf(Map.of("baseline", "2", "current", "4"));
        assertThat(result.newRedFlags()).as("a trend is not a red flag").isEmpty();
    }

    @Test
    void goesOnWhenPainHasRisenOnlyOnePoint() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().plus(CleanRunner.painRatings(3, 2, 1)), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED);
    }

    @Test
    void easesTheProgrammeWhenTheNamedActivitiesHaveBecomeTwoPointsHarder() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().plus(CleanRunner.functionScale(4)), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED_WITH_CAUTION);
        assertThat(result.firedRules()).extracting(FiredRule::ruleId).containsExactly("CI-TREND-FUNCTION");
    }

    @Test
    void reportsMeaningfulImprovementAsBetter() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().plus(CleanRunner.painRatings(0, 1, 0))
                .plus(CleanRunner.functionScale(9)), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED);
        assertThat(result.trends()).extracting(Trend::scoreKey, Trend::direction).contains(
                tuple("pain-ratings:duringRun", TrendDirection.BETTER),
                tuple("function-scale:function", TrendDirection.BETTER));
    }

    @Test
    void refusesACheckInWithAnUnansweredRedFlagQuestion() {
        var result = ShippedInstruments.checkIn(CleanRunner.checkIn().without(CHECK_IN, "legSymptoms"), BASELINE);
        assertThat(result).isInstanceOf(CheckInResult.Rejected.class);
        assertThat(((CheckInResult.Rejected) result).problems()).extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("check-in.legSymptoms", ProblemCode.MISSING_REQUIRED));
    }

    @Test
    void aRedFlagAtCheckInNeedsNoPainOrFunctionAnswersToBeActedOn() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().yes(CHECK_IN, "legSymptoms").only(CHECK_IN), BASELINE);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.REFER);
    }

    @Test
    void stillScreensRedFlagsWithoutABaseline() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().yes(CHECK_IN, "newFallOrAccident"), new Baseline(Map.of()));
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.REFER);
        assertThat(result.trends()).isEmpty();
    }

    @Test
    void highPainDuringRunsAtACheckInEasesTheLoadEvenWithoutABaseline() {
        var result = ShippedInstruments.checkedIn(CleanRunner.checkIn().plus(CleanRunner.painRatings(6, 1, 0)), new Baseline(Map.of()));
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED_WITH_CAUTION);
    }
}
