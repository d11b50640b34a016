package io.backstride.assessment.domain.instrument;

/** Inclusive bounds of a {@link ItemType#NUMBER} item. */
public record NumberRange(Double min, Double max, boolean wholeNumbers) {

    public static final NumberRange SCALE_0_10 = new NumberRange(0.0, 10.0, true);

    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
