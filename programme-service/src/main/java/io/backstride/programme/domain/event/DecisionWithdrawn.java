package io.backstride.programme.domain.event;

import java.time.Instant;

/**
 * A late log, placed where it belongs in time, means an earlier decision no longer holds. The decisions the
 * re-evaluation makes instead are published beside this. A planned run checked again with another date or distance
 * withdraws its earlier plan's flag the same way ({@code becauseOfLogId} is then the planned run's id).
 *
 * @param occurredAt when the late log was recorded, or the plan changed
 */
public record DecisionWithdrawn(String programmeId, String decisionId, String becauseOfLogId, Instant occurredAt)
        implements ProgrammeEvent {
}
