package io.backstride.programme.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/** The programme reached its last day (race day, or the end of its 12 weeks). */
public record ProgrammeCompleted(String programmeId, LocalDate endDate, Instant occurredAt) implements ProgrammeEvent {
}
