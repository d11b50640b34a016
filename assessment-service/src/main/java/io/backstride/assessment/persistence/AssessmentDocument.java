package io.backstride.assessment.persistence;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.profile.FactorProfile;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One initial assessment of one runner, as decided: never changed afterwards. Bounded (one answer per item of a
 * fixed set of instruments). The unique index on runner and idempotency key is what makes two concurrent
 * retries of one submission write a single record.
 */
@Document("assessments")
@CompoundIndex(name = "runner_idempotency_key", def = "{'runnerId': 1, 'idempotencyKey': 1}", unique = true)
@CompoundIndex(name = "runner_created", def = "{'runnerId': 1, 'createdAt': -1}")
@CompoundIndex(name = "tenant_created", def = "{'tenantId': 1, 'createdAt': -1}")
public class AssessmentDocument extends StoredDecision {

    private FactorProfile profile;

    AssessmentDocument() {
    }

    public AssessmentDocument(String id, String tenantId, String runnerId, String raceId, String idempotencyKey,
                              String requestFingerprint, Instant createdAt, String locale, OutcomeLevel outcome,
                              List<FiredRule> firedRules, FactorProfile profile, Scores scores, UrgentCare urgentCare,
                              List<InstrumentVersion> instruments, List<StoredSubmission> submissions) {
        super(new Submitted(id, tenantId, runnerId, raceId, idempotencyKey, requestFingerprint, createdAt, locale),
                new Decided(outcome, firedRules, scores, urgentCare, instruments, submissions));
        this.profile = profile;
    }

    public FactorProfile profile() { return profile; }
}
