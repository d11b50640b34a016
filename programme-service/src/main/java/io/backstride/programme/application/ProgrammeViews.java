package io.backstride.programme.application;

import io.backstride.platform.web.NotFoundException;
import io.backstride.programme.domain.programme.Programme;
import io.backstride.programme.persistence.ProgrammeStore;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** A runner's current programme, for the runner's views. */
@Service
public class ProgrammeViews {

    private final ProgrammeStore programmes;
    private final Clock clock;

    ProgrammeViews(ProgrammeStore programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    public Programme current(String runnerId) {
        return programmes.current(runnerId).map(stored -> stored.programme())
                .orElseThrow(() -> new NotFoundException("runner " + runnerId + " has no programme"));
    }

    /** Today in the programme's time zone. */
    public LocalDate today(Programme programme) {
        return LocalDate.now(clock.withZone(programme.plan().zone()));
    }
}
