package io.backstride.programme.domain.plan;

import java.util.List;

/** The running cue the runner works on, alternatives that suit some runners better, and why. */
public record TechniqueFocus(String cueId, List<String> alternativeCueIds, Reason reason) {

    public TechniqueFocus {
        alternativeCueIds = List.copyOf(alternativeCueIds);
    }
}
