package io.backstride.assessment.messaging;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.checkin.CheckInResult;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.screening.FiredRule;

/**
 * {@code backstride.assessment.CheckInCompleted.v1}: a weekly check-in decided. Scores, their trends against the
 * baseline, the red flags that are new at this check-in and the outcome; codes and numbers only (schema:
 * {@code events/backstride.assessment.CheckInCompleted.v1.schema.json}).
 *
 * @param baselineAssessmentId the assessment whose scores were the baseline; {@code null} when there was none
 */
public record CheckInCompleted(String checkInId, String runnerId, String tenantId, String raceId,
                               Instant completedAt, String outcome, boolean programmeAllowed,
                               String baselineAssessmentId, List<EventScore> scores, List<EventTrend> trends,
                               List<String> newRedFlagRuleIds, List<AssessmentCompleted.Rule> firedRules,
                               List<AssessmentCompleted.Instrument> instruments) {

    public static final String TYPE = "backstride.assessment.CheckInCompleted.v1";

    /** A tracked score against the baseline; {@code direction} is BETTER, NO_MEANINGFUL_CHANGE or WORSE. */
    public record EventTrend(String scoreKey, double baseline, double current, double change, String direction) {

        static EventTrend of(Trend trend) {
            return new EventTrend(trend.scoreKey(), trend.baseline(), trend.current(), trend.change(),
                    trend.direction().name());
        }
    }

    public static CheckInCompleted of(String checkInId, String runnerId, String tenantId, String raceId,
                                      Instant completedAt, String baselineAssessmentId,
                                      CheckInResult.Evaluated result) {
        return new CheckInCompleted(checkInId, runnerId, tenantId, raceId, completedAt, result.outcome().name(),
                result.allowsProgramme(), baselineAssessmentId, EventScore.all(result.scores()),
                result.trends().stream().map(EventTrend::of).toList(),
                result.newRedFlags().stream().map(FiredRule::ruleId).toList(),
                result.firedRules().stream().map(AssessmentCompleted.Rule::of).toList(),
                result.instruments().stream().map(AssessmentCompleted.Instrument::of).toList());
    }
}
