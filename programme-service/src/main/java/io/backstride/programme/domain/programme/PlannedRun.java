package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.rules.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A run the runner plans, as RL-1 judged it when it was checked. Kept by the programme beside (not in) its
 * decision history, which is rebuilt from the logs on every re-evaluation: a later log never withdraws it.
 *
 * @param longestPrevious30DaysMetres the longest logged run of the 30 days before the planned date, null if none
 * @param limitMetres                 the longest distance that is no spike, null when there was no run to compare
 * @param flag                        the RL-1 decision when the planned run is a spike
 * @param checkedAt                   when this plan (this date and distance) was first checked
 */
public record PlannedRun(String plannedRunId, LocalDate date, int distanceMetres, Integer longestPrevious30DaysMetres,
                         Integer limitMetres, Optional<Decision> flag, Instant checkedAt) {

    public PlannedRun {
        flag = flag == null ? Optional.empty() : flag;
    }

    public boolean flagged() {
        return flag.isPresent();
    }

    boolean plans(LocalDate otherDate, int otherDistanceMetres) {
        return date.equals(otherDate) && distanceMetres == otherDistanceMetres;
    }
}
