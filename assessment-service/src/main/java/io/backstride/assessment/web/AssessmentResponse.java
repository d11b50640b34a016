package io.backstride.assessment.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.backstride.assessment.application.AssessmentRecord;
import io.backstride.assessment.web.ApiResponses.FiredRuleResponse;
import io.backstride.assessment.web.ApiResponses.InstrumentRef;
import io.backstride.assessment.web.ApiResponses.ProfileResponse;
import io.backstride.assessment.web.ApiResponses.ScoreResponse;
import io.backstride.assessment.web.ApiResponses.UrgentCareResponse;

/**
 * An initial assessment's decision: the outcome ({@code URGENT}, {@code REFER}, {@code PROCEED_WITH_CAUTION},
 * {@code PROCEED}), every rule that fired highest first, the factor profile (absent when a red flag came first),
 * the baseline scores, and the urgent-care advice for {@code URGENT}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentResponse(String id, String runnerId, String tenantId, String raceId, String locale,
                                 Instant createdAt, String outcome, boolean programmeAllowed,
                                 List<FiredRuleResponse> firedRules, ProfileResponse profile,
                                 List<ScoreResponse> scores, UrgentCareResponse urgentCare,
                                 List<InstrumentRef> instruments) {

    static AssessmentResponse of(AssessmentRecord record) {
        return new AssessmentResponse(record.id(), record.runnerId(), record.tenantId(), record.raceId(),
                record.locale(), record.createdAt(), record.outcome().name(), record.outcome().allowsProgramme(),
                FiredRuleResponse.all(record.firedRules()), record.profile().map(ProfileResponse::of).orElse(null),
                ScoreResponse.all(record.scores()), record.urgentCare().map(UrgentCareResponse::of).orElse(null),
                InstrumentRef.all(record.instruments()));
    }
}
