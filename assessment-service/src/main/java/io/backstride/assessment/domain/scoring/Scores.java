package io.backstride.assessment.domain.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scores of one assessment or check-in. */
public record Scores(List<Score> all) {

    public Scores {
        all = List.copyOf(all);
    }

    public static Scores none() {
        return new Scores(List.of());
    }

    public Optional<Score> find(String key) {
        return all.stream().filter(score -> score.key().equals(key)).findFirst();
    }

    /** Values by score key: what a baseline keeps. */
    public Map<String, Double> values() {
        var values = new LinkedHashMap<String, Double>();
        all.forEach(score -> values.put(score.key(), score.value()));
        return values;
    }
}
