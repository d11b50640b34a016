package io.backstride.assessment.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The score values a runner started from, by score key; check-ins are measured against it. */
public record Baseline(Map<String, Double> values) {

    public Baseline {
        values = Map.copyOf(values);
    }

    public static Baseline of(Scores scores) {
        return new Baseline(scores.values());
    }

    /** Trends of every tracked current score that has a baseline value. */
    public List<Trend> trendsOf(Scores current) {
        var trends = new ArrayList<Trend>();
        for (var score : current.all()) {
            var baseline = values.get(score.key());
            if (baseline != null && score.meaningfulChange() != null) {
                trends.add(Trend.between(baseline, score));
            }
        }
        return trends;
    }
}
