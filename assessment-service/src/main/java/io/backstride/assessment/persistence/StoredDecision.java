package io.backstride.assessment.persistence;

import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;
import io.backstride.platform.outbox.Outbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What assessments and check-ins store alike: who submitted what under which idempotency key, the decision with
 * the rules that fired, and the outbox of the event announcing it. Never changed after it is written.
 */
public abstract class StoredDecision {

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
    private Scores scores;
    private UrgentCare urgentCare;
    private List<InstrumentVersion> instruments;
    private List<StoredSubmission> submissions;
    private Outbox outbox = new Outbox();

    /** Who submitted, when, under which key: the part of a stored decision that identifies the submission. */
    public record Submitted(String id, String tenantId, String runnerId, String raceId, String idempotencyKey,
                            String requestFingerprint, Instant createdAt, String locale) {
    }

    /** The decision itself, as stored. */
    public record Decided(OutcomeLevel outcome, List<FiredRule> firedRules, Scores scores, UrgentCare urgentCare,
                          List<InstrumentVersion> instruments, List<StoredSubmission> submissions) {
    }

    StoredDecision() {
    }

    StoredDecision(Submitted submitted, Decided decided) {
        this.id = submitted.id();
        this.tenantId = submitted.tenantId();
        this.runnerId = submitted.runnerId();
        this.raceId = submitted.raceId();
        this.idempotencyKey = submitted.idempotencyKey();
        this.requestFingerprint = submitted.requestFingerprint();
        this.createdAt = submitted.createdAt();
        this.locale = submitted.locale();
        this.outcome = decided.outcome();
        this.firedRules = List.copyOf(decided.firedRules());
        this.scores = decided.scores();
        this.urgentCare = decided.urgentCare();
        this.instruments = List.copyOf(decided.instruments());
        this.submissions = List.copyOf(decided.submissions());
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
    public Scores scores() { return scores == null ? Scores.none() : scores; }
    public UrgentCare urgentCare() { return urgentCare; }
    public List<InstrumentVersion> instruments() { return instruments == null ? List.of() : instruments; }
    public List<StoredSubmission> submissions() { return submissions == null ? List.of() : submissions; }
    public Outbox outbox() { return outbox; }
}
