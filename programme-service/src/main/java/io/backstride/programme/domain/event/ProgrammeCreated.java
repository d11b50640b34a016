package io.backstride.programme.domain.event;

import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.plan.DayPlan;
import io.backstride.programme.domain.plan.Reason;
import io.backstride.programme.domain.plan.TechniqueFocus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A programme was planned from an assessment.
 *
 * @param week                   the weekly template, Monday first, each element with its reason
 * @param supersededProgrammeId  the runner's previous programme, which this one replaces
 * @param rulesVersion           the rule table that will progress it
 */
public record ProgrammeCreated(String programmeId, String runnerId, String assessmentId, Outcome outcome,
                               LocalDate startDate, LocalDate endDate, Optional<LocalDate> raceDate, String zone,
                               List<DayOfWeek> runDays, List<DayOfWeek> strengthDays, Level startLevel,
                               Reason startReason, List<DayPlan> week, Optional<TechniqueFocus> techniqueFocus,
                               Optional<String> supersededProgrammeId, String rulesVersion, Instant occurredAt)
        implements ProgrammeEvent {

    public ProgrammeCreated {
        runDays = List.copyOf(runDays);
        strengthDays = List.copyOf(strengthDays);
        week = List.copyOf(week);
    }
}
