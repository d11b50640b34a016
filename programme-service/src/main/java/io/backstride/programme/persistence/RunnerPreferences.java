package io.backstride.programme.persistence;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;

/** When a runner likes to run, and where their days start and end. */
public record RunnerPreferences(Set<DayOfWeek> runDays, ZoneId zone) {

    public RunnerPreferences {
        runDays = Set.copyOf(runDays);
    }
}
