package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.Position;
import io.backstride.programme.domain.rules.RuleRef;
import io.backstride.programme.domain.rules.Subject;
import java.time.Instant;

/** An exercise was too much even at its easiest level: it holds there and needs attention. */
public record ExerciseFlagged(String decisionId, String programmeId, Subject subject, Position at, RuleRef rule,
                              Evidence inputs, Instant occurredAt) implements RuleDecisionEvent {
}
