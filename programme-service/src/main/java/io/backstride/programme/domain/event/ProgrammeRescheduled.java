package io.backstride.programme.domain.event;

import io.backstride.programme.domain.plan.DayPlan;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The runner changed their running days: from {@code effectiveFrom} on, the programme's routines (the same
 * exercises, levels and decisions) fall on these days. The days before keep what they held.
 *
 * @param runDays      sorted, Monday first
 * @param strengthDays the strength days that go with them
 * @param week         the new weekly template, Monday first, each element with its reason
 */
public record ProgrammeRescheduled(String programmeId, LocalDate effectiveFrom, List<DayOfWeek> runDays,
                                   List<DayOfWeek> strengthDays, List<DayPlan> week, Instant occurredAt)
        implements ProgrammeEvent {

    public ProgrammeRescheduled {
        runDays = List.copyOf(runDays);
        strengthDays = List.copyOf(strengthDays);
        week = List.copyOf(week);
    }
}
