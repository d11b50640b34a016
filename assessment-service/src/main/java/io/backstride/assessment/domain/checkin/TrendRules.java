package io.backstride.assessment.domain.checkin;

import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.scoring.TrendDirection;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.RuleKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs an instrument's trend rules: each fires when its score has worsened meaningfully. */
public final class TrendRules {

    private TrendRules() {
    }

    public static List<FiredRule> fire(Instrument instrument, List<Trend> trends, Locale locale) {
        return instrument.trendRules().stream()
                .flatMap(rule -> trends.stream()
                        .filter(trend -> trend.scoreKey().equals(rule.score()))
                        .filter(trend -> trend.direction() == TrendDirection.WORSE)
                        .map(trend -> new FiredRule(instrument.identity(), rule.id(), rule.version(), RuleKind.TREND,
                                rule.level(), rule.reasonKey(), instrument.text(rule.reasonKey(), locale),
                                Map.of("baseline", number(trend.baseline()), "current", number(trend.current())))))
                .toList();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
