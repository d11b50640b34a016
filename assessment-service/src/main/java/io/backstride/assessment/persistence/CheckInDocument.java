package io.backstride.assessment.persistence;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;
import io.backstride.platform.outbox.Outbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One weekly check-in of one runner, as decided, with the baseline it was measured against. */
@Document("check_ins")
@CompoundIndex(name = "runner_idempotency_key", def = "{'runnerId': 1, 'idempotencyKey': 1}", unique = true)
@CompoundIndex(name = "runner_created", def = "{'runnerId': 1, 'createdAt': -1}")
@CompoundIndex(name = "tenant_created", def = "{'tenantId': 1, 'createdAt': -1}")
public class CheckInDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String tenantId;
    private String runnerId;
    private String raceId;
    private String idempotencyKey;
    private String requestFingerprint;
    private Instant createdAt;
    private String locale;
    /** The assessment whose scores were the baseline; {@code null} when the runner had none yet. */
    private String baselineAssessmentId;
    private OutcomeLevel outcome;
    private List<FiredRule> firedRules;
    private Scores scores;
    private List<Trend> trends;
    private UrgentCare urgentCare;
    private List<InstrumentVersion> instruments;
    private List<StoredSubmission> submissions;
    private Outbox outbox = new Outbox();

    CheckInDocument() {
    }

    public CheckInDocument(String id, String tenantId, String runnerId, String raceId, String idempotencyKey,
                           String requestFingerprint, Instant createdAt, String locale, String baselineAssessmentId,
                           OutcomeLevel outcome, List<FiredRule> firedRules, Scores scores, List<Trend> trends,
                           UrgentCare urgentCare, List<InstrumentVersion> instruments,
                           List<StoredSubmission> submissions) {
        this.id = id;
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.raceId = raceId;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = createdAt;
        this.locale = locale;
        this.baselineAssessmentId = baselineAssessmentId;
        this.outcome = outcome;
        this.firedRules = List.copyOf(firedRules);
        this.scores = scores;
        this.trends = List.copyOf(trends);
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
    public String baselineAssessmentId() { return baselineAssessmentId; }
    public OutcomeLevel outcome() { return outcome; }
    public List<FiredRule> firedRules() { return firedRules == null ? List.of() : firedRules; }
    public Scores scores() { return scores == null ? Scores.none() : scores; }
    public List<Trend> trends() { return trends == null ? List.of() : trends; }
    public UrgentCare urgentCare() { return urgentCare; }
    public List<InstrumentVersion> instruments() { return instruments == null ? List.of() : instruments; }
    public List<StoredSubmission> submissions() { return submissions == null ? List.of() : submissions; }
    public Outbox outbox() { return outbox; }
}
