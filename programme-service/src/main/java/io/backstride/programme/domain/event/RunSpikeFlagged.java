package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.RuleRef;
import java.time.Instant;

/**
 * A run more than 10% longer than the longest run of the 30 days before it.
 *
 * @param planned whether the run is still to come (flagged when it was planned) rather than logged
 */
public record RunSpikeFlagged(String decisionId, String programmeId, String runId, boolean planned, int distanceMetres,
                              int longestPrevious30DaysMetres, RuleRef rule, Evidence inputs, Instant occurredAt)
        implements RuleDecisionEvent {
}
