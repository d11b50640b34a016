package io.backstride.content.domain.library;

/**
 * How much of an exercise level to do: sets of either repetitions or timed holds, with rest between
 * sets. Exactly one of {@code reps} and {@code holdSeconds} is given.
 *
 * <p>Numbers stay boxed so that a missing one reaches validation instead of failing the binding.
 *
 * @param eachSide whether the reps or hold are done on each side in turn; absent means no
 */
public record Dosage(Integer sets, Integer reps, Integer holdSeconds, Integer restSeconds, Boolean eachSide) {

    public Dosage {
        eachSide = Boolean.TRUE.equals(eachSide);
    }

    public static Dosage reps(int sets, int reps, int restSeconds) {
        return new Dosage(sets, reps, null, restSeconds, false);
    }

    public static Dosage hold(int sets, int holdSeconds, int restSeconds) {
        return new Dosage(sets, null, holdSeconds, restSeconds, false);
    }

    public Dosage onEachSide() {
        return new Dosage(sets, reps, holdSeconds, restSeconds, true);
    }
}
