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
 * @param history the published decisions in force (plain holds are not kept)
 */
public record ProgrammeState(String id, String runnerId, String assessmentId, Instant assessedAt, Outcome outcome,
                             ProgrammePlan plan, String rulesVersion, ProgrammeStatus status,
                             Optional<String> supersedes, Optional<String> supersededBy, List<CheckIn> checkIns,
                             Map<String, Position> positions, Level running, List<Decision> history) {

    public ProgrammeState {
        checkIns = List.copyOf(checkIns);
        positions = Map.copyOf(positions);
        history = List.copyOf(history);
    }
}
