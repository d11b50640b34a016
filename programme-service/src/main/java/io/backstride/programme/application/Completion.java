package io.backstride.programme.application;

import io.backstride.programme.persistence.ProgrammeStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Completes programmes whose last day is over. Looks a day back in UTC so that every time zone has finished
 * the day; the domain decides in the runner's zone.
 */
@Service
public class Completion {

    private final ProgrammeStore programmes;
    private final ProgrammeCommits commits;
    private final Clock clock;

    Completion(ProgrammeStore programmes, ProgrammeCommits commits, Clock clock) {
        this.programmes = programmes;
        this.commits = commits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${backstride.programme.completion-interval:PT1H}", initialDelayString = "PT1M")
    public void completeEnded() {
        programmes.activeRunnersEndedBefore(LocalDate.now(clock).minusDays(1)).forEach(this::complete);
    }

    void complete(String runnerId) {
        Retries.onConflict(() -> programmes.current(runnerId).ifPresent(stored -> {
            stored.programme().completeIfOver(clock.instant());
            commits.saveIfChanged(stored, List.of());
        }));
    }
}
