package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.plan.ProgrammePlan;
import io.backstride.programme.domain.rules.Decision;
import io.backstride.programme.domain.rules.Position;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything of a programme except its logs, which live in weekly buckets: what the programme document
 * stores. Its size is bounded by the plan and the programme's length, not by how much the runner logs.
 *
 * @param history     the published decisions in force (plain holds are not kept)
 * @param plannedRuns the planned runs checked, newest last, at most {@link #MAX_PLANNED_RUNS}; a document stored
 *                    before they existed has none
 */
public record ProgrammeState(String id, String runnerId, String assessmentId, Instant assessedAt, Outcome outcome,
                             ProgrammePlan plan, String rulesVersion, ProgrammeStatus status,
                             Optional<String> supersedes, Optional<String> supersededBy, List<CheckIn> checkIns,
                             Map<String, Position> positions, Level running, List<Decision> history,
                             List<PlannedRun> plannedRuns) {

    /** Keeps the document bounded: the oldest check goes when a new one would exceed this. */
    public static final int MAX_PLANNED_RUNS = 100;

    public ProgrammeState {
        checkIns = List.copyOf(checkIns);
        positions = Map.copyOf(positions);
        history = List.copyOf(history);
        plannedRuns = plannedRuns == null ? List.of() : List.copyOf(plannedRuns);
        if (plannedRuns.size() > MAX_PLANNED_RUNS) {
            throw new IllegalArgumentException("at most " + MAX_PLANNED_RUNS + " planned runs");
        }
    }
}
