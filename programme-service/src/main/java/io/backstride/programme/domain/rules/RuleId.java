package io.backstride.programme.domain.rules;

/** The rows of clinical-rules §4, each with a stable id used in every event it causes. */
public enum RuleId {
    PAIN_BANDS("PM-1"),
    MORNING_NOT_SETTLED("PM-2"),
    MORNING_WORSE_THAN_USUAL("PM-3"),
    WEEKLY_TREND_RISING("PM-4"),
    EXERCISE_PROGRESS("EX-1"),
    EXERCISE_HOLD("EX-2"),
    EXERCISE_REGRESS_EFFORT("EX-3"),
    EXERCISE_REGRESS_PAIN("EX-4"),
    EXERCISE_TOP_LEVEL("EX-5"),
    EXERCISE_BOTTOM_LEVEL("EX-6"),
    RUN_SPIKE("RL-1"),
    RUN_PAIN("RL-2"),
    RUN_RESTORE("RL-3"),
    ESCALATE_UNACCEPTABLE_STREAK("ES-1"),
    ESCALATE_WEEKLY_RISE("ES-2"),
    ESCALATE_RED_FLAG("ES-3");

    private final String code;

    RuleId(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
