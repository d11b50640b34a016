package io.backstride.assessment.domain.profile;

import io.backstride.assessment.domain.instrument.ProgrammeEmphasis;
import java.util.List;

/**
 * One emphasis of the programme, explained.
 *
 * @param ruleIds the factor rules that led to it; empty for the balanced start
 */
public record Emphasis(ProgrammeEmphasis emphasis, String explanationKey, String explanation, List<String> ruleIds) {

    public Emphasis {
        ruleIds = List.copyOf(ruleIds);
    }
}
