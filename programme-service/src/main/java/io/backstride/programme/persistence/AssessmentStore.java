package io.backstride.programme.persistence;

import io.backstride.programme.domain.assessment.CompletedAssessment;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Assessment outcomes received from the assessment service, and what became of each. */
@Component
public class AssessmentStore {

    public enum Status { PLANNED, NO_PROGRAMME, PENDING_LIBRARY }

    private static final int PENDING_BATCH = 500;

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    AssessmentStore(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the assessment (once: a redelivery keeps the first copy and what became of it). */
    public void received(AssessmentRecord received, String publishedOutcome) {
        var assessment = received.assessment();
        if (mongo.findById(assessment.assessmentId(), AssessmentDocument.class) != null) {
            return;
        }
        mongo.save(new AssessmentDocument(assessment.assessmentId(), received.tenantId(), assessment.runnerId(),
                received.raceId(), publishedOutcome, assessment.completedAt(), json.writeValueAsString(assessment)));
    }

    public void settle(String assessmentId, Status status, String reason, String programmeId) {
        var document = mongo.findById(assessmentId, AssessmentDocument.class);
        if (document != null) {
            document.settle(status.name(), reason, programmeId, clock.instant());
            mongo.save(document);
        }
    }

    public Optional<Status> statusOf(String assessmentId) {
        return Optional.ofNullable(mongo.findById(assessmentId, AssessmentDocument.class))
                .map(AssessmentDocument::status).map(Status::valueOf);
    }

    public Optional<String> reasonOf(String assessmentId) {
        return Optional.ofNullable(mongo.findById(assessmentId, AssessmentDocument.class)).map(AssessmentDocument::reason);
    }

    /** The race organiser of the runner's latest assessment, if any was received. */
    public Optional<String> tenantOf(String runnerId) {
        var query = Query.query(Criteria.where("runnerId").is(runnerId)).with(Sort.by(Sort.Direction.DESC, "completedAt"))
                .limit(1);
        query.fields().include("tenantId");
        return Optional.ofNullable(mongo.findOne(query, AssessmentDocument.class)).map(AssessmentDocument::tenantId);
    }

    /** Assessments waiting for the library, oldest first, a batch at a time. */
    public List<AssessmentRecord> pending() {
        var query = Query.query(Criteria.where("status").is(Status.PENDING_LIBRARY.name()))
                .with(Sort.by("completedAt")).limit(PENDING_BATCH);
        return mongo.find(query, AssessmentDocument.class).stream()
                .map(document -> new AssessmentRecord(json.readValue(document.assessment(), CompletedAssessment.class),
                        document.tenantId(), document.raceId()))
                .toList();
    }
}
