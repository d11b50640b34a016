package io.backstride.assessment.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.instrument.Better;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendTest {

    @ParameterizedTest(name = "pain {0} -> {1} is {2}")
    @CsvSource({"2, 4, WORSE", "2, 3, NO_MEANINGFUL_CHANGE", "4, 2, BETTER", "4, 3, NO_MEANINGFUL_CHANGE", "0, 10, WORSE", "5, 5, NO_MEANINGFUL_CHANGE"})
    void painChangeOfTwoPointsIsMeaningful(double baseline, double current, TrendDirection direction) {
        assertThat(Trend.between(baseline, pain(current)).direction()).isEqualTo(direction);
    }

    @ParameterizedTest(name = "function {0} -> {1} is {2}")
    @CsvSource({"6, 4, WORSE", "6, 5, NO_MEANINGFUL_CHANGE", "4, 6, BETTER", "4, 5.5, NO_MEANINGFUL_CHANGE"})
    void functionMovesTheOtherWayRoundFromPain(double baseline, double current, TrendDirection direction) {
        assertThat(Trend.between(baseline, function(current)).direction()).isEqualTo(direction);
    }

    @Test
    void meansInThirdsReachTheThresholdDespiteFloatingPointRounding() {
        var baseline = (1.0 + 2.0 + 4.0) / 3;
        var current = (3.0 + 4.0 + 6.0) / 3;
        assertThat(Trend.between(baseline, pain(current)).direction()).isEqualTo(TrendDirection.WORSE);
        assertThat(Trend.between(current, function(baseline)).direction()).isEqualTo(TrendDirection.WORSE);
    }

    @Test
    void agreesWithTheTwoPointRuleForEveryPairOfWholeRatings() {
        for (int baseline = 0; baseline <= 10; baseline++) {
            for (int current = 0; current <= 10; current++) {
                var change = current - baseline;
                var expected = Math.abs(change) < 2 ? TrendDirection.NO_MEANINGFUL_CHANGE
                        : change > 0 ? TrendDirection.WORSE : TrendDirection.BETTER;
                assertThat(Trend.between(baseline, pain(current)).direction()).isEqualTo(expected);
            }
        }
    }

    @Test
    void baselineGivesTrendsOnlyForTrackedScoresItHasAValueFor() {
        var baseline = new Baseline(Map.of("pain-ratings:duringRun", 2.0));
        var current = new Scores(List.of(pain(5), new Score("pain-ratings", "atRest", 3, null, Better.LOWER, 2.0),
                new Score("start-back", "total", 6, "MEDIUM", null, null)));
        assertThat(baseline.trendsOf(current)).extracting(Trend::scoreKey).containsExactly("pain-ratings:duringRun");
    }

    private static Score pain(double value) {
        return new Score("pain-ratings", "duringRun", value, null, Better.LOWER, 2.0);
    }

    private static Score function(double value) {
        return new Score("function-scale", "function", value, null, Better.HIGHER, 2.0);
    }
}
