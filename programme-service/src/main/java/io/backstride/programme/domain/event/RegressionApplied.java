package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.Position;
import io.backstride.programme.domain.rules.RuleRef;
import io.backstride.programme.domain.rules.Subject;
import java.time.Instant;

/** An exercise stepped back a level, or the running load was eased. */
public record RegressionApplied(String decisionId, String programmeId, Subject subject, Position from, Position to,
                                RuleRef rule, Evidence inputs, Instant occurredAt) implements RuleDecisionEvent {
}
