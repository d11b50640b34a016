package io.backstride.programme.domain.plan;

import java.util.List;

/** A template element on a given date; {@code reasons} adds any adjustment (such as race week) to its own reason. */
public record ScheduledElement(PlannedElement element, boolean lighter, List<Reason> reasons) {

    public ScheduledElement {
        reasons = List.copyOf(reasons);
    }
}
