package io.backstride.programme.domain.event;

import java.time.Instant;

/** A new assessment replaced this programme; it stays as history. */
public record ProgrammeSuperseded(String programmeId, String supersededBy, String byAssessmentId, Instant occurredAt)
        implements ProgrammeEvent {
}
