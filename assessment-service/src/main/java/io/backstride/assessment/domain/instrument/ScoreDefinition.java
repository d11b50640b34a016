package io.backstride.assessment.domain.instrument;

import java.util.List;

/**
 * A score computed from answers. A subscale is simply a score over a subset of the items.
 *
 * @param better           which way is better, for trends
 * @param meaningfulChange the smallest change that counts as a real change; {@code null} when the
 *                         score is not tracked over time
 */
public record ScoreDefinition(String id, ScoreMethod method, List<String> items, Better better,
                              Double meaningfulChange, List<Band> bands) {

    public ScoreDefinition {
        items = items == null ? List.of() : List.copyOf(items);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public boolean tracksTrend() {
        return meaningfulChange != null;
    }
}
