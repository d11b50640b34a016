package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.Problem;
import java.util.List;

/** What recording a log did. */
public sealed interface RecordResult {

    /** Stored in the bucket of {@code week}; {@code events} are the decisions it caused. */
    record Recorded(Log log, int week, List<ProgrammeEvent> events) implements RecordResult {

        public Recorded {
            events = List.copyOf(events);
        }
    }

    /** The same log was already recorded under this client id: nothing changed. */
    record Duplicate(Log existing) implements RecordResult {
    }

    /** Nothing stored; every problem found. */
    record Rejected(List<Problem> problems) implements RecordResult {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
