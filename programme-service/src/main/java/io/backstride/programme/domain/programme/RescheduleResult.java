package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.event.ProgrammeRescheduled;

/** What a change of running days did to the current programme. */
public sealed interface RescheduleResult {

    /** From {@code event.effectiveFrom()} on the programme follows the new days. */
    record Rescheduled(ProgrammeRescheduled event) implements RescheduleResult {
    }

    /**
     * Nothing changed: the programme is not active, the days are the ones already in force, none was given, or
     * the programme ends before the change would take effect.
     */
    record Unchanged() implements RescheduleResult {
    }

    /** The programme already took {@code limit} changes of running days; it keeps its days. */
    record TooManyReschedules(int limit) implements RescheduleResult {
    }
}
