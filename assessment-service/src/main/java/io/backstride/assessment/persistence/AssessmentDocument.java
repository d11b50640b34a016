package io.backstride.assessment.persistence;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.profile.FactorProfile;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;
import io.backstride.platform.outbox.Outbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
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
public class AssessmentDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String tenantId;
    private String runnerId;
    private String raceId;
    private String idempotencyKey;
    /** SHA-256 of the request body, to tell a retry from a different submission under the same key. */
    private String requestFingerprint;
    private Instant createdAt;
    private String locale;
    private OutcomeLevel outcome;
    private List<FiredRule> firedRules;
    private FactorProfile profile;
    private Scores scores;
    private UrgentCare urgentCare;
    private List<InstrumentVersion> instruments;
    private List<StoredSubmission> submissions;
    private Outbox outbox = new Outbox();

    AssessmentDocument() {
    }

    public AssessmentDocument(String id, String tenantId, String runnerId, String raceId, String idempotencyKey,
                              String requestFingerprint, Instant createdAt, String locale, OutcomeLevel outcome,
                              List<FiredRule> firedRules, FactorProfile profile, Scores scores, UrgentCare urgentCare,
                              List<InstrumentVersion> instruments, List<StoredSubmission> submissions) {
        this.id = id;
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.raceId = raceId;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = createdAt;
        this.locale = locale;
        this.outcome = outcome;
        this.firedRules = List.copyOf(firedRules);
        this.profile = profile;
        this.scores = scores;
        this.urgentCare = urgentCare;
        this.instruments = List.copyOf(instruments);
        this.submissions = List.copyOf(submissions);
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String runnerId() { return runnerId; }
    public String raceId() { return raceId; }
    public String idempotencyKey() { return idempotencyKey; }
    public String requestFingerprint() { return requestFingerprint; }
    public Instant createdAt() { return createdAt; }
    public String locale() { return locale; }
    public OutcomeLevel outcome() { return outcome; }
    public List<FiredRule> firedRules() { return firedRules == null ? List.of() : firedRules; }
    public FactorProfile profile() { return profile; }
    public Scores scores() { return scores == null ? Scores.none() : scores; }
    public UrgentCare urgentCare() { return urgentCare; }
    public List<InstrumentVersion> instruments() { return instruments == null ? List.of() : instruments; }
    public List<StoredSubmission> submissions() { return submissions == null ? List.of() : submissions; }
    public Outbox outbox() { return outbox; }
}
