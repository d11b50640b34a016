package io.backstride.programme.domain.rules;

/**
 * What a decision is about: an exercise slot of the plan (named by the exercise first planned there, which
 * may since have moved on along a progression link), the running load, or the whole programme.
 */
public record Subject(Kind kind, String slot) {

    public static final String RUNNING_SLOT = "running";

    public static final String PROGRAMME_SLOT = "programme";

    public enum Kind { EXERCISE, RUNNING, PROGRAMME }

    public static Subject exercise(String slot) {
        return new Subject(Kind.EXERCISE, slot);
    }

    /** The programme as a whole, for an escalation. */
    public static Subject programme() {
        return new Subject(Kind.PROGRAMME, PROGRAMME_SLOT);
    }

    public static Subject running() {
        return new Subject(Kind.RUNNING, RUNNING_SLOT);
    }
}
