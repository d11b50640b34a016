package io.backstride.programme.domain.event;

import java.time.Instant;

/**
 * A late log, placed where it belongs in time, means an earlier decision no longer holds. The decisions the
 * re-evaluation makes instead are published beside this.
 *
 * @param occurredAt when the late log was recorded
 */
public record DecisionWithdrawn(String programmeId, String decisionId, String becauseOfLogId, Instant occurredAt)
        implements ProgrammeEvent {
}
