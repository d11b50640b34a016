package io.backstride.programme.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model of one assessment outcome and what became of it: PLANNED, NO_PROGRAMME (with the reason),
 * or PENDING_LIBRARY (waiting for the published library to hold what a plan needs).
 */
@Document(AssessmentDocument.COLLECTION)
@CompoundIndex(name = "runner_assessments", def = "{'runnerId': 1, 'completedAt': -1}")
class AssessmentDocument {

    static final String COLLECTION = "assessments";

    @Id
    private String id;
    private String tenantId;
    private String runnerId;
    private String raceId;
    private String outcome;
    private Instant completedAt;
    private String assessment;
    @Indexed
    private String status;
    private String reason;
    private String programmeId;
    private Instant updatedAt;

    protected AssessmentDocument() {
    }

    AssessmentDocument(String id, String tenantId, String runnerId, String raceId, String outcome,
                       Instant completedAt, String assessment) {
        this.id = id;
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.raceId = raceId;
        this.outcome = outcome;
        this.completedAt = completedAt;
        this.assessment = assessment;
    }

    String tenantId() {
        return tenantId;
    }

    String raceId() {
        return raceId;
    }

    String assessment() {
        return assessment;
    }

    String status() {
        return status;
    }

    String reason() {
        return reason;
    }

    void settle(String status, String reason, String programmeId, Instant at) {
        this.status = status;
        this.reason = reason;
        this.programmeId = programmeId;
        this.updatedAt = at;
    }
}
