package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.AnswerSet;
import java.util.function.UnaryOperator;

/**
 * One clinical expectation about one rule, written in the test and not derived from the instrument
 * files, so that removing or weakening a rule in a file turns a test red.
 *
 * @param fires  true when the change must make the rule fire, false when it must stay quiet
 * @param change applied to the clean runner's answers for the journey
 */
public record RuleExample(String ruleId, Journey journey, boolean fires, String specification,
                          UnaryOperator<AnswerSet> change) {

    public enum Journey { INITIAL_ASSESSMENT, WEEKLY_CHECK_IN }

    @Override
    public String toString() {
        return ruleId + (fires ? " fires: " : " stays quiet: ") + specification;
    }
}
