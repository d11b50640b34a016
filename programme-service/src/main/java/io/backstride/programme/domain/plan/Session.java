package io.backstride.programme.domain.plan;

import java.time.LocalDate;
import java.util.List;

/** The runner's plan for one date. */
public record Session(LocalDate date, int week, boolean run, boolean strength, boolean raceDay,
                      List<ScheduledElement> elements) {

    public Session {
        elements = List.copyOf(elements);
    }
}
