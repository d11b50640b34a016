package io.backstride.programme.application;

import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.messaging.ProgrammeOutbox;
import io.backstride.programme.persistence.ProgrammeStore;
import io.backstride.programme.persistence.StoredProgramme;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Saves a changed programme together with the events it registered since it was loaded, as outbox entries in the
 * same document write (the commit point), and the logs the change touched. One place for every use case that
 * changes an existing programme.
 */
@Component
class ProgrammeCommits {

    private final ProgrammeStore programmes;
    private final ProgrammeOutbox outbox;

    ProgrammeCommits(ProgrammeStore programmes, ProgrammeOutbox outbox) {
        this.programmes = programmes;
        this.outbox = outbox;
    }

    /** Saves whatever changed, events or not (a state change such as a stored check). */
    void save(StoredProgramme stored, Collection<? extends Log> touched) {
        write(stored, touched, stored.programme().pullEvents());
    }

    /** Saves only when the change registered events or touched logs: a pure repeat writes nothing. */
    boolean saveIfChanged(StoredProgramme stored, Collection<? extends Log> touched) {
        var events = stored.programme().pullEvents();
        if (touched.isEmpty() && events.isEmpty()) {
            return false;
        }
        write(stored, touched, events);
        return true;
    }

    private void write(StoredProgramme stored, Collection<? extends Log> touched, List<ProgrammeEvent> events) {
        programmes.save(stored, touched, outbox.entriesFor(stored.programme().runnerId(), stored.tenantId(),
                stored.raceId(), events));
    }
}
