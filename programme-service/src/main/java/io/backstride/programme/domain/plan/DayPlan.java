package io.backstride.programme.domain.plan;

import java.time.DayOfWeek;
import java.util.List;

/** What one weekday of the template holds: a run, a strength session, or both. */
public record DayPlan(DayOfWeek day, boolean run, boolean strength, List<PlannedElement> elements) {

    public DayPlan {
        elements = List.copyOf(elements);
    }

    public boolean isRestDay() {
        return !run && !strength;
    }
}
