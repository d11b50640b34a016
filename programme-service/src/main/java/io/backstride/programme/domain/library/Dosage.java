package io.backstride.programme.domain.library;

/**
 * Sets of either repetitions or a timed hold. Exactly one of {@code reps} and {@code holdSeconds} is given.
 */
public record Dosage(int sets, Integer reps, Integer holdSeconds, boolean eachSide) {

    public Dosage {
        if (sets < 1) {
            throw new IllegalArgumentException("a dosage has at least one set");
        }
        if ((reps == null) == (holdSeconds == null)) {
            throw new IllegalArgumentException("a dosage has either reps or a hold");
        }
    }

    public static Dosage reps(int sets, int reps) {
        return new Dosage(sets, reps, null, false);
    }

    public static Dosage hold(int sets, int holdSeconds) {
        return new Dosage(sets, null, holdSeconds, false);
    }

    /** One set fewer, never below one: the lighter load of race week. */
    public Dosage lighter() {
        return new Dosage(Math.max(1, sets - 1), reps, holdSeconds, eachSide);
    }
}
