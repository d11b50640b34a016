package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.checkin.CheckInResult;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.profile.FactorReason;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs an answer set through its journey and reports what fired, in one shape for both journeys. */
public final class Journeys {

    public record Decision(boolean evaluated, OutcomeLevel outcome, boolean allowsProgramme, Set<String> firedRuleIds,
                           Object result) {
    }

    private Journeys() {
    }

    public static AnswerSet cleanAnswers(RuleExample.Journey journey) {
        return journey == RuleExample.Journey.INITIAL_ASSESSMENT ? CleanRunner.initialAssessment() : CleanRunner.checkIn();
    }

    public static Decision decide(RuleExample.Journey journey, AnswerSet answers) {
        return journey == RuleExample.Journey.INITIAL_ASSESSMENT ? assess(answers) : checkIn(answers);
    }

    private static Decision assess(AnswerSet answers) {
        var result = ShippedInstruments.assess(answers);
        if (result instanceof AssessmentResult.Evaluated evaluated) {
            var ids = new HashSet<String>(ruleIds(evaluated.firedRules()));
            evaluated.profile().ifPresent(profile -> profile.findings().forEach(finding ->
                    finding.reasons().stream().map(FactorReason::ruleId).forEach(ids::add)));
            return new Decision(true, evaluated.outcome(), evaluated.allowsProgramme(), ids, result);
        }
        return new Decision(false, null, result.allowsProgramme(), Set.of(), result);
    }

    private static Decision checkIn(AnswerSet answers) {
        var result = ShippedInstruments.checkIn(answers, CleanRunner.baseline());
        if (result instanceof CheckInResult.Evaluated evaluated) {
            return new Decision(true, evaluated.outcome(), evaluated.allowsProgramme(),
                    new HashSet<>(ruleIds(evaluated.firedRules())), result);
        }
        return new Decision(false, null, result.allowsProgramme(), Set.of(), result);
    }

    private static List<String> ruleIds(List<FiredRule> fired) {
        return fired.stream().map(FiredRule::ruleId).toList();
    }
}
