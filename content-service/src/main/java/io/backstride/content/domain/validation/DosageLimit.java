package io.backstride.content.domain.validation;

/** Sane bounds for the dosage of any exercise level. */
public enum DosageLimit {
    SETS("sets", 1, 6),
    REPS("reps", 1, 30),
    HOLD_SECONDS("holdSeconds", 5, 120),
    REST_SECONDS("restSeconds", 0, 180);

    private final String field;
    private final int min;
    private final int max;

    DosageLimit(String field, int min, int max) {
        this.field = field;
        this.min = min;
        this.max = max;
    }

    public String field() {
        return field;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean allows(int value) {
        return value >= min && value <= max;
    }
}
