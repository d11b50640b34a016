package io.backstride.programme.domain.rules;

/** What a fired rule decided. */
public enum DecisionKind {
    PROGRESS,
    REGRESS,
    HOLD,
    /** Hold at the easiest level, and flag it for attention. */
    HOLD_AND_FLAG,
    RUN_SPIKE,
    ESCALATE
}
