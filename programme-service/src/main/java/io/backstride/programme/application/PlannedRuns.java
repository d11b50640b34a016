package io.backstride.programme.application;

import io.backstride.platform.web.ConflictException;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import io.backstride.programme.domain.programme.PlannedRun;
import io.backstride.programme.domain.programme.PlannedRunResult;
import io.backstride.programme.persistence.ProgrammeStore;
import io.backstride.programme.persistence.StoredProgramme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Checks the runs a runner plans against RL-1 (a run more than 10% longer than the longest of the 30 days before
 * it). The programme keeps each check, so the same plan sent again answers the same and publishes nothing; a flag,
 * or the withdrawal of one when a plan changes, is published through the programme's outbox like every decision.
 */
@Service
public class PlannedRuns {

    private final ProgrammeStore programmes;
    private final ProgrammeCommits commits;
    private final Clock clock;

    PlannedRuns(ProgrammeStore programmes, ProgrammeCommits commits, Clock clock) {
        this.programmes = programmes;
        this.commits = commits;
        this.clock = clock;
    }

    /**
     * @throws InvalidRequestException naming every field that is wrong, nothing stored
     * @throws NotFoundException       when the runner has no programme
     * @throws ConflictException       when the programme is no longer active (suspended, completed, superseded)
     */
    public PlannedRun check(String runnerId, String plannedRunId, LocalDate date, Integer distanceMetres) {
        return Retries.onConflict(() -> {
            var stored = current(runnerId);
            return switch (stored.programme().checkPlannedRun(plannedRunId, date, distanceMetres, clock)) {
                case PlannedRunResult.Checked checked -> {
                    if (!checked.again()) {
                        // a new or changed check is stored even without events: the next identical request answers from it
                        commits.save(stored, List.of());
                    }
                    yield checked.check();
                }
                case PlannedRunResult.Rejected rejected -> throw new InvalidRequestException(rejected.problems().stream()
                        .map(problem -> new Violation(problem.field(), problem.code() + ": " + problem.message()))
                        .toList());
                case PlannedRunResult.NotActive notActive -> throw new ConflictException("The programme is "
                        + notActive.status().name().toLowerCase() + ": only an active programme checks planned runs.");
            };
        });
    }

    /** The checks of runs planned for today (in the programme's time zone) or later, in the order they were checked. */
    public List<PlannedRun> upcoming(String runnerId) {
        var programme = current(runnerId).programme();
        return programme.plannedRuns(LocalDate.now(clock.withZone(programme.plan().zone())));
    }

    private StoredProgramme current(String runnerId) {
        return programmes.current(runnerId)
                .orElseThrow(() -> new NotFoundException("runner " + runnerId + " has no programme"));
    }
}
