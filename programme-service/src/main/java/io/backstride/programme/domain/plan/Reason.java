package io.backstride.programme.domain.plan;

/** Why an element is in a runner's plan: a stable code and plain words for the runner. */
public enum Reason {
    PRE_RUN_MOBILITY("Loosens your lower back and pelvis before you run and helps you notice how they sit."),
    POST_RUN_MOBILITY("Moves your lower back out of the position it held while you ran."),
    CORE_AND_GLUTES("Builds the tummy and buttock muscles that help hold your pelvis steady."),
    STRENGTH_EMPHASIS("Your answers point to strength, so there is extra work for your lower tummy, sides and buttocks."),
    FATIGUE_PELVIC_CONTROL("Your answers point to tiredness, so this trains control of your pelvis for late in a run."),
    FATIGUE_PELVIC_CONTROL_AFTER_RUN("Practises keeping your pelvis level while your legs are already tired."),
    STEP_NEUTRAL_PELVIS("Practises stepping with your pelvis level and your lower back relaxed."),
    TECHNIQUE_DRILL("A short drill to rehearse running tall and light before you set off."),
    TECHNIQUE_EMPHASIS("Your answers point to running style, so you rehearse it before every run."),
    TECHNIQUE_CUE_FOCUS("One idea to think about while you run, to feel lighter and taller."),
    STRENGTH_ON_RUN_DAY("You run on most days, so this strength session shares a day with a run: do it afterwards or later on."),
    RACE_WEEK_LIGHTER("Race week: one set fewer so your legs are fresh on the day."),
    CAUTIOUS_START("Your assessment asked for a gentle start, so every exercise begins at its easier level."),
    STANDARD_START("Every exercise begins at its base level and moves on when it feels easy.");

    private final String text;

    Reason(String text) {
        this.text = text;
    }

    public String code() {
        return name();
    }

    public String text() {
        return text;
    }
}
