package io.backstride.assessment.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.backstride.assessment.application.CheckInRecord;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.web.ApiResponses.FiredRuleResponse;
import io.backstride.assessment.web.ApiResponses.InstrumentRef;
import io.backstride.assessment.web.ApiResponses.ScoreResponse;
import io.backstride.assessment.web.ApiResponses.TrendResponse;
import io.backstride.assessment.web.ApiResponses.UrgentCareResponse;

/**
 * A weekly check-in's decision: the outcome, the rules that fired (new red flags and trend rules), the scores,
 * their trends against the baseline of the runner's latest assessment, and urgent-care advice for {@code URGENT}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckInResponse(String id, String runnerId, String tenantId, String raceId, String locale,
                              Instant createdAt, String outcome, boolean programmeAllowed, String baselineAssessmentId,
                              List<FiredRuleResponse> firedRules, List<String> newRedFlagRuleIds,
                              List<ScoreResponse> scores, List<TrendResponse> trends, UrgentCareResponse urgentCare,
                              List<InstrumentRef> instruments) {

    static CheckInResponse of(CheckInRecord record) {
        return new CheckInResponse(record.id(), record.runnerId(), record.tenantId(), record.raceId(), record.locale(),
                record.createdAt(), record.outcome().name(), record.outcome().allowsProgramme(),
                record.baselineAssessmentId().orElse(null), FiredRuleResponse.all(record.firedRules()),
                record.newRedFlags().stream().map(FiredRule::ruleId).toList(), ScoreResponse.all(record.scores()),
                TrendResponse.all(record.trends()), record.urgentCare().map(UrgentCareResponse::of).orElse(null),
                InstrumentRef.all(record.instruments()));
    }
}
