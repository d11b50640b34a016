package io.backstride.programme.domain.rules;

import io.backstride.programme.domain.library.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of evaluating every log and check-in in the order they happened.
 *
 * @param decisions  every fired rule, holds included, in order
 * @param positions  where each exercise slot stands afterwards
 * @param running    the running load afterwards (EASIER is eased)
 * @param escalation the escalation that stopped the evaluation, if any
 */
public record Replay(List<Decision> decisions, Map<String, Position> positions, Level running,
                     Optional<Decision> escalation) {

    public Replay {
        decisions = List.copyOf(decisions);
        positions = Map.copyOf(positions);
    }

    /** Decisions that change something or need attention: everything but plain holds. */
    public List<Decision> notable() {
        return decisions.stream().filter(decision -> decision.kind() != DecisionKind.HOLD).toList();
    }
}
