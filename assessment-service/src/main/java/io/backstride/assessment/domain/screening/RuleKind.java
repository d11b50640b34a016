package io.backstride.assessment.domain.screening;

/** Whether a rule looked at answers (a red flag or caution) or at a score's trend. */
public enum RuleKind {
    SAFETY, TREND
}
