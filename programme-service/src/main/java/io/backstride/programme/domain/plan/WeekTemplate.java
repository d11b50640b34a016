package io.backstride.programme.domain.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The weekly template in force from a date on: the days the runner runs, the strength days, and what each
 * weekday holds. A plan starts with one from its first day; a change of running days adds another.
 *
 * @param week seven days, Monday first
 */
public record WeekTemplate(LocalDate effectiveFrom, Set<DayOfWeek> runDays, List<DayOfWeek> strengthDays,
                           List<DayPlan> week) {

    public WeekTemplate {
        runDays = Set.copyOf(runDays);
        strengthDays = List.copyOf(strengthDays);
        week = List.copyOf(week);
    }

    public DayPlan day(DayOfWeek day) {
        return week.get(day.getValue() - 1);
    }

    public List<DayOfWeek> sortedRunDays() {
        return runDays.stream().sorted().toList();
    }
}
