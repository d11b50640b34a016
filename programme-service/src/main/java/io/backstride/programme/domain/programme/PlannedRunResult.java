package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.log.Problem;
import java.util.List;

/** What checking a planned run did. */
public sealed interface PlannedRunResult {

    /**
     * Checked now, or — {@code again} — answered from the same plan checked before (then nothing changed and
     * {@code events} is empty).
     */
    record Checked(PlannedRun check, boolean again, List<ProgrammeEvent> events) implements PlannedRunResult {

        public Checked {
            events = List.copyOf(events);
        }
    }

    /** Nothing checked or stored; every problem found. */
    record Rejected(List<Problem> problems) implements PlannedRunResult {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** Only an active programme checks planned runs: a suspended, completed or superseded one refuses. */
    record NotActive(ProgrammeStatus status) implements PlannedRunResult {
    }
}
