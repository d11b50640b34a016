package io.backstride.assessment.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.backstride.assessment.domain.screening.AssessmentResult;
import io.backstride.assessment.domain.screening.AssessmentSubmission;
import io.backstride.assessment.domain.screening.InitialAssessment;
import io.backstride.assessment.messaging.AssessmentCompleted;
import io.backstride.assessment.messaging.AssessmentTopics;
import io.backstride.assessment.persistence.AssessmentDocument;
import io.backstride.assessment.persistence.AssessmentRepository;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Submitting an initial assessment and reading a runner's assessments. A submission is checked and decided as a
 * whole before anything is written; the record and its {@code AssessmentCompleted} event are then written in one
 * single-document insert. The unique index on runner and idempotency key turns a retry, even a concurrent one,
 * into a replay of the first result.
 */
@Service
public class Assessments {

    private final InitialAssessment initialAssessment;
    private final AssessmentRepository repository;
    private final OutboxEvents events;
    private final Clock clock;

    Assessments(InitialAssessment initialAssessment, AssessmentRepository repository, OutboxEvents events, Clock clock) {
        this.initialAssessment = initialAssessment;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public Submitted<AssessmentRecord> submit(SubmissionCommand command) {
        var checked = CheckedSubmission.of(command);
        var result = initialAssessment.evaluate(new AssessmentSubmission(checked.locale(), checked.submissions()));
        if (result instanceof AssessmentResult.Evaluated evaluated && checked.problems().isEmpty()) {
            try {
                return new Submitted<>(toRecord(repository.insert(decided(command, checked, evaluated))), false);
            } catch (DuplicateKeyException retry) {
                var earlier = repository.findByRunnerIdAndIdempotencyKey(command.runnerId(), command.idempotencyKey());
                return replay(earlier.orElseThrow(() -> retry), checked);
            }
        }
        // refused today, but the very same body may have been accepted before (say, before an instrument changed)
        var earlier = checked.hasKey()
                ? repository.findByRunnerIdAndIdempotencyKey(command.runnerId(), command.idempotencyKey())
                : Optional.<AssessmentDocument>empty();
        if (earlier.isPresent() && earlier.get().requestFingerprint().equals(checked.fingerprint())) {
            return new Submitted<>(toRecord(earlier.get()), true);
        }
        throw switch (result) {
            case AssessmentResult.Rejected rejected -> SubmissionRejected.of(checked, rejected.problems(), rejected.urgentCare());
            case AssessmentResult.Evaluated evaluated -> SubmissionRejected.of(checked, List.of(), evaluated.urgentCare());
        };
    }

    /**
     * The first result of a submission this runner made earlier under the same key with the same body, if any: a
     * retry that must be answered even when nothing new may be taken (no consent in force). Stores nothing.
     */
    public Optional<Submitted<AssessmentRecord>> earlierResult(SubmissionCommand command) {
        var checked = CheckedSubmission.of(command);
        if (!checked.hasKey()) {
            return Optional.empty();
        }
        return repository.findByRunnerIdAndIdempotencyKey(command.runnerId(), command.idempotencyKey())
                .filter(earlier -> earlier.requestFingerprint().equals(checked.fingerprint()))
                .map(earlier -> new Submitted<>(toRecord(earlier), true));
    }

    public History<AssessmentRecord> history(String runnerId, int page, int size) {
        return History.of(repository.findByRunnerIdOrderByCreatedAtDesc(runnerId, History.request(page, size)),
                Assessments::toRecord);
    }

    public AssessmentRecord get(String runnerId, String assessmentId) {
        return repository.findByIdAndRunnerId(assessmentId, runnerId).map(Assessments::toRecord)
                .orElseThrow(() -> new NotFoundException("This runner has no assessment " + assessmentId + "."));
    }

    private AssessmentDocument decided(SubmissionCommand command, CheckedSubmission checked,
                                       AssessmentResult.Evaluated result) {
        var id = UUID.randomUUID().toString();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored, so a replay is identical
        var document = new AssessmentDocument(id, command.tenantId(), command.runnerId(), command.raceId(),
                command.idempotencyKey(), checked.fingerprint(), now, checked.locale().toLanguageTag(),
                result.outcome(), result.firedRules(), result.profile().orElse(null), result.scores(),
                result.urgentCare().orElse(null), result.instruments(), checked.stored());
        document.outbox().add(events.create(AssessmentTopics.ASSESSMENTS, AssessmentCompleted.TYPE, command.runnerId(),
                AssessmentCompleted.of(id, command.runnerId(), command.tenantId(), command.raceId(), now, result)));
        return document;
    }

    private static Submitted<AssessmentRecord> replay(AssessmentDocument earlier, CheckedSubmission checked) {
        Idempotency.requireSameBody(earlier.requestFingerprint(), checked);
        return new Submitted<>(toRecord(earlier), true);
    }

    static AssessmentRecord toRecord(AssessmentDocument document) {
        return new AssessmentRecord(document.id(), document.runnerId(), document.tenantId(), document.raceId(),
                document.locale(), document.createdAt(), document.outcome(), document.firedRules(),
                Optional.ofNullable(document.profile()), document.scores(), Optional.ofNullable(document.urgentCare()),
                document.instruments());
    }
}
