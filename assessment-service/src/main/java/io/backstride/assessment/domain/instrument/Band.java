package io.backstride.assessment.domain.instrument;

/**
 * A named range of a score, bounds inclusive. Bands are tried in order and the first that matches
 * wins, which is how a published rule such as "medium unless the subscale reaches 4" is written: the
 * narrower band comes first.
 */
public record Band(String label, Double min, Double max, ScoreThreshold requires) {

    public static Band of(String label, double min, double max) {
        return new Band(label, min, max, null);
    }
}
