package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.Position;
import io.backstride.programme.domain.rules.RuleRef;
import io.backstride.programme.domain.rules.Subject;
import java.time.Instant;

/** An exercise moved to its next level (or along a progression link), or an eased running load was lifted. */
public record ProgressionApplied(String decisionId, String programmeId, Subject subject, Position from, Position to,
                                 RuleRef rule, Evidence inputs, Instant occurredAt) implements RuleDecisionEvent {
}
