package io.backstride.assessment.persistence;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One weekly check-in of one runner, as decided, with the baseline it was measured against. */
@Document("check_ins")
@CompoundIndex(name = "runner_idempotency_key", def = "{'runnerId': 1, 'idempotencyKey': 1}", unique = true)
@CompoundIndex(name = "runner_created", def = "{'runnerId': 1, 'createdAt': -1}")
@CompoundIndex(name = "tenant_created", def = "{'tenantId': 1, 'createdAt': -1}")
public class CheckInDocument extends StoredDecision {

    /** The assessment whose scores were the baseline; {@code null} when the runner had none yet. */
    private String baselineAssessmentId;
    private List<Trend> trends;

    CheckInDocument() {
    }

    public CheckInDocument(String id, String tenantId, String runnerId, String raceId, String idempotencyKey,
                           String requestFingerprint, Instant createdAt, String locale, String baselineAssessmentId,
                           OutcomeLevel outcome, List<FiredRule> firedRules, Scores scores, List<Trend> trends,
                           UrgentCare urgentCare, List<InstrumentVersion> instruments,
                           List<StoredSubmission> submissions) {
        super(new Submitted(id, tenantId, runnerId, raceId, idempotencyKey, requestFingerprint, createdAt, locale),
                new Decided(outcome, firedRules, scores, urgentCare, instruments, submissions));
        this.baselineAssessmentId = baselineAssessmentId;
        this.trends = List.copyOf(trends);
    }

    public String baselineAssessmentId() { return baselineAssessmentId; }
    public List<Trend> trends() { return trends == null ? List.of() : trends; }
}
