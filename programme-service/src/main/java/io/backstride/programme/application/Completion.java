package io.backstride.programme.application;

import io.backstride.programme.messaging.ProgrammeOutbox;
import io.backstride.programme.persistence.ProgrammeStore;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Completes programmes whose last day is over. Looks a day back in UTC so that every time zone has finished
 * the day; the domain decides in the runner's zone.
 */
@Service
public class Completion {

    private final ProgrammeStore programmes;
    private final ProgrammeOutbox outbox;
    private final Clock clock;

    Completion(ProgrammeStore programmes, ProgrammeOutbox outbox, Clock clock) {
        this.programmes = programmes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${backstride.programme.completion-interval:PT1H}", initialDelayString = "PT1M")
    public void completeEnded() {
        programmes.activeRunnersEndedBefore(LocalDate.now(clock).minusDays(1)).forEach(this::complete);
    }

    void complete(String runnerId) {
        Retries.onConflict(() -> programmes.current(runnerId).ifPresent(stored -> {
            stored.programme().completeIfOver(clock.instant());
            var events = stored.programme().pullEvents();
            if (!events.isEmpty()) {
                programmes.save(stored, java.util.List.of(), outbox.entriesFor(runnerId, stored.tenantId(),
                        stored.raceId(), events));
            }
        }));
    }
}
