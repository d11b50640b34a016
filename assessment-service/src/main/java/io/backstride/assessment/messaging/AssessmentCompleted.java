package io.backstride.assessment.messaging;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.profile.FactorProfile;
import io.backstride.assessment.domain.screening.AssessmentResult;
import io.backstride.assessment.domain.screening.FiredRule;

/**
 * {@code backstride.assessment.AssessmentCompleted.v1}: a runner's initial assessment decided. Codes and numbers
 * only: no reason wording, no answers, never the runner's free text (schema:
 * {@code events/backstride.assessment.AssessmentCompleted.v1.schema.json}).
 *
 * @param raceId  {@code null} when the runner came without a race
 * @param profile {@code null} when the running-pattern questions were not needed (a red flag came first)
 */
public record AssessmentCompleted(String assessmentId, String runnerId, String tenantId, String raceId,
                                  Instant completedAt, String outcome, boolean programmeAllowed, Profile profile,
                                  List<EventScore> baselineScores, List<Instrument> instruments,
                                  List<Rule> firedRules) {

    public static final String TYPE = "backstride.assessment.AssessmentCompleted.v1";

    public record Profile(List<String> factors, List<String> emphases, boolean balanced) {

        static Profile of(FactorProfile profile) {
            return new Profile(profile.findings().stream().map(finding -> finding.factor().name()).toList(),
                    profile.emphases().stream().map(emphasis -> emphasis.emphasis().name()).toList(),
                    profile.balanced());
        }
    }

    public record Instrument(String id, String version) {

        static Instrument of(InstrumentVersion version) {
            return new Instrument(version.id(), version.version());
        }
    }

    /** A rule that fired, by id and version: which instrument version it belongs to and the level it set. */
    public record Rule(String ruleId, int ruleVersion, String instrumentId, String instrumentVersion, String kind,
                       String level) {

        static Rule of(FiredRule rule) {
            return new Rule(rule.ruleId(), rule.ruleVersion(), rule.instrument().id(), rule.instrument().version(),
                    rule.kind().name(), rule.level().name());
        }
    }

    public static AssessmentCompleted of(String assessmentId, String runnerId, String tenantId, String raceId,
                                         Instant completedAt, AssessmentResult.Evaluated result) {
        return new AssessmentCompleted(assessmentId, runnerId, tenantId, raceId, completedAt, result.outcome().name(),
                result.allowsProgramme(), result.profile().map(Profile::of).orElse(null),
                EventScore.all(result.scores()), result.instruments().stream().map(Instrument::of).toList(),
                result.firedRules().stream().map(Rule::of).toList());
    }
}
