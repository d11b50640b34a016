package io.backstride.assessment.domain.instrument;

import java.util.List;

/** What a programme leans on more, chosen from the runner's contributing factors. */
public enum ProgrammeEmphasis {
    STRENGTH_WORK,
    TECHNIQUE_CUES,
    FATIGUE_AWARE_SCHEDULING,
    /** Mobility drills and awareness of pelvic and lumbar position, to move out of one held posture. */
    MOBILITY_AND_AWARENESS;

    /** Key of the summary given when one or more factors stand out. */
    public static final String FACTORS_FOUND_KEY = "profile.factorsFound";

    /** Key of the summary given when no factor stands out and the programme stays balanced. */
    public static final String NO_STANDOUT_FACTOR_KEY = "profile.noStandoutFactor";

    /** The balanced start, mobility and strength, when no factor stands out. */
    public static final List<ProgrammeEmphasis> BALANCED = List.of(MOBILITY_AND_AWARENESS, STRENGTH_WORK);

    public static ProgrammeEmphasis of(Factor factor) {
        return switch (factor) {
            case HABIT -> MOBILITY_AND_AWARENESS;
            case TECHNIQUE -> TECHNIQUE_CUES;
            case STRENGTH -> STRENGTH_WORK;
            case FATIGUE -> FATIGUE_AWARE_SCHEDULING;
        };
    }

    /** Key of the plain explanation of this emphasis; an instrument with factor rules defines one each. */
    public String textKey() {
        return "emphasis." + name();
    }
}
