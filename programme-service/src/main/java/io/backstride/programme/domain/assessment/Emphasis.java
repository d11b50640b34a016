package io.backstride.programme.domain.assessment;

/** What a programme leans on more, picked by the assessment from the factors. */
public enum Emphasis {
    STRENGTH_WORK,
    TECHNIQUE_CUES,
    FATIGUE_AWARE_SCHEDULING,
    MOBILITY_AND_AWARENESS
}
