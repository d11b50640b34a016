package io.backstride.assessment.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.backstride.assessment.domain.checkin.CheckInResult;
import io.backstride.assessment.domain.checkin.CheckInSubmission;
import io.backstride.assessment.domain.checkin.WeeklyCheckIn;
import io.backstride.assessment.domain.scoring.Baseline;
import io.backstride.assessment.messaging.AssessmentTopics;
import io.backstride.assessment.messaging.CheckInCompleted;
import io.backstride.assessment.persistence.AssessmentDocument;
import io.backstride.assessment.persistence.AssessmentRepository;
import io.backstride.assessment.persistence.CheckInDocument;
import io.backstride.assessment.persistence.CheckInRepository;
import io.backstride.platform.events.OutboxEvents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Weekly check-ins: the red-flag questions again, pain and function against the baseline of the runner's latest
 * assessment. A runner without an assessment is still checked for red flags (no trends then): refusing the
 * check-in would hold back urgent-care advice. Same idempotency rule as assessments.
 */
@Service
public class CheckIns {

    private final WeeklyCheckIn weeklyCheckIn;
    private final CheckInRepository repository;
    private final AssessmentRepository assessments;
    private final OutboxEvents events;
    private final Clock clock;

    CheckIns(WeeklyCheckIn weeklyCheckIn, CheckInRepository repository, AssessmentRepository assessments,
             OutboxEvents events, Clock clock) {
        this.weeklyCheckIn = weeklyCheckIn;
        this.repository = repository;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    public Submitted<CheckInRecord> submit(SubmissionCommand command) {
        var checked = CheckedSubmission.of(command);
        var baselineAssessment = checked.hasKey()
                ? assessments.findFirstByRunnerIdOrderByCreatedAtDesc(command.runnerId())
                : Optional.<AssessmentDocument>empty();
        var baseline = baselineAssessment.map(assessment -> Baseline.of(assessment.scores()))
                .orElseGet(() -> new Baseline(Map.of()));
        var result = weeklyCheckIn.evaluate(new CheckInSubmission(checked.locale(), checked.submissions()), baseline);
        if (result instanceof CheckInResult.Evaluated evaluated && checked.problems().isEmpty()) {
            var baselineId = baselineAssessment.map(AssessmentDocument::id).orElse(null);
            try {
                return new Submitted<>(toRecord(repository.insert(decided(command, checked, baselineId, evaluated))), false);
            } catch (DuplicateKeyException retry) {
                var earlier = repository.findByRunnerIdAndIdempotencyKey(command.runnerId(), command.idempotencyKey());
                return replay(earlier.orElseThrow(() -> retry), checked);
            }
        }
        var earlier = checked.hasKey()
                ? repository.findByRunnerIdAndIdempotencyKey(command.runnerId(), command.idempotencyKey())
                : Optional.<CheckInDocument>empty();
        if (earlier.isPresent() && earlier.get().requestFingerprint().equals(checked.fingerprint())) {
            return new Submitted<>(toRecord(earlier.get()), true);
        }
        throw switch (result) {
            case CheckInResult.Rejected rejected -> SubmissionRejected.of(checked, rejected.problems(), rejected.urgentCare());
            case CheckInResult.Evaluated evaluated -> SubmissionRejected.of(checked, List.of(), evaluated.urgentCare());
        };
    }

    /** As {@link Assessments#earlierResult}: the first result of a retry, if this runner made that submission. */
    public Optional<Submitted<CheckInRecord>> earlierResult(SubmissionCommand command) {
        var checked = CheckedSubmission.of(command);
        if (!checked.hasKey()) {
            return Optional.empty();
        }
        return repository.findByRunnerIdAndIdempotencyKey(command.runnerId(), command.idempotencyKey())
                .filter(earlier -> earlier.requestFingerprint().equals(checked.fingerprint()))
                .map(earlier -> new Submitted<>(toRecord(earlier), true));
    }

    public History<CheckInRecord> history(String runnerId, int page, int size) {
        return History.of(repository.findByRunnerIdOrderByCreatedAtDesc(runnerId, History.request(page, size)),
                CheckIns::toRecord);
    }

    private CheckInDocument decided(SubmissionCommand command, CheckedSubmission checked, String baselineAssessmentId,
                                    CheckInResult.Evaluated result) {
        var id = UUID.randomUUID().toString();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored, so a replay is identical
        var document = new CheckInDocument(id, command.tenantId(), command.runnerId(), command.raceId(),
                command.idempotencyKey(), checked.fingerprint(), now, checked.locale().toLanguageTag(),
                baselineAssessmentId, result.outcome(), result.firedRules(), result.scores(), result.trends(),
                result.urgentCare().orElse(null), result.instruments(), checked.stored());
        document.outbox().add(events.create(AssessmentTopics.ASSESSMENTS, CheckInCompleted.TYPE, command.runnerId(),
                CheckInCompleted.of(id, command.runnerId(), command.tenantId(), command.raceId(), now,
                        baselineAssessmentId, result)));
        return document;
    }

    private static Submitted<CheckInRecord> replay(CheckInDocument earlier, CheckedSubmission checked) {
        Idempotency.requireSameBody(earlier.requestFingerprint(), checked);
        return new Submitted<>(toRecord(earlier), true);
    }

    static CheckInRecord toRecord(CheckInDocument document) {
        return new CheckInRecord(document.id(), document.runnerId(), document.tenantId(), document.raceId(),
                document.locale(), document.createdAt(), Optional.ofNullable(document.baselineAssessmentId()),
                document.outcome(), document.firedRules(), document.scores(), document.trends(),
                Optional.ofNullable(document.urgentCare()), document.instruments());
    }
}
