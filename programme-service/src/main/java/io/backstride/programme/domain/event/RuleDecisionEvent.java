package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.RuleRef;

/**
 * A change made by a rule. {@code decisionId} is stable across re-evaluations (rule, subject and the log
 * that fired it), so it names the decision; {@code occurredAt} is when that log happened.
 */
public sealed interface RuleDecisionEvent extends ProgrammeEvent
        permits ProgressionApplied, RegressionApplied, RunSpikeFlagged, EscalationRaised, ExerciseFlagged {

    String decisionId();

    RuleRef rule();

    Evidence inputs();
}
