package io.backstride.programme.application;

import io.backstride.platform.web.ConflictException;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.Problem;
import io.backstride.programme.domain.log.RunLog;
import io.backstride.programme.domain.programme.Programme;
import io.backstride.programme.domain.programme.RecordResult;
import io.backstride.programme.persistence.IdempotencyKeys;
import io.backstride.programme.persistence.ProgrammeStore;
import io.backstride.programme.persistence.StoredProgramme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Records a runner's logs, safely for offline clients: a log is identified by the id its client gave it, so
 * sending it again records nothing new and answers the same; an {@code Idempotency-Key} additionally replays
 * the first answer for the same request and refuses its reuse for a different one. Late and out-of-order logs
 * are placed where they happened (the domain re-evaluates in time order). Everything is validated first:
 * nothing is stored unless all of it is valid.
 */
@Service
public class Logging {

    /** What was recorded for one log: its id and the programme week it was filed under. */
    public record Receipt(String logId, String kind, int week) {
    }

    /** Maps the domain's field names to the API's. */
    public interface FieldNames extends Function<String, String> {
    }

    private final ProgrammeStore programmes;
    private final ProgrammeCommits commits;
    private final IdempotencyKeys keys;
    private final Clock clock;

    Logging(ProgrammeStore programmes, ProgrammeCommits commits, IdempotencyKeys keys, Clock clock) {
        this.programmes = programmes;
        this.commits = commits;
        this.keys = keys;
        this.clock = clock;
    }

    public Receipt recordSession(String runnerId, String idempotencyKey, ExerciseSessionLog session, FieldNames names) {
        var log = new ExerciseSessionLog(session.clientId(), session.exerciseId(), session.level(), session.sets(),
                session.reps(), session.holdSeconds(), session.effort(), session.painDuring(), millis(session.performedAt()));
        return idempotent(runnerId, idempotencyKey, log.toString(),
                stored -> List.of(stored.programme().record(log, clock)), names).getFirst();
    }

    public Receipt recordRun(String runnerId, String idempotencyKey, RunLog run, FieldNames names) {
        var log = millis(run);
        return idempotent(runnerId, idempotencyKey, log.toString(),
                stored -> List.of(stored.programme().record(log, clock)), names).getFirst();
    }

    public List<Receipt> importRuns(String runnerId, String idempotencyKey, List<RunLog> runs, FieldNames names) {
        var logs = runs.stream().map(Logging::millis).toList();
        return idempotent(runnerId, idempotencyKey, logs.toString(),
                stored -> stored.programme().importRuns(logs, clock), names);
    }

    public Receipt addNextMorningPain(String runnerId, String runId, Integer pain, FieldNames names) {
        return Retries.onConflict(() -> {
            var stored = current(runnerId);
            var result = stored.programme().addNextMorningPain(runId, pain, clock);
            if (result instanceof RecordResult.Rejected rejected && rejected.problems().stream()
                    .anyMatch(problem -> problem.code().equals("UNKNOWN_RUN"))) {
                throw new NotFoundException("no run " + runId);
            }
            var receipt = recorded(stored, result, names);
            commits.saveIfChanged(stored, result instanceof RecordResult.Recorded recorded ? List.of(recorded.log()) : List.of());
            return receipt;
        });
    }

    private List<Receipt> idempotent(String runnerId, String key, String request,
                                     Function<StoredProgramme, List<RecordResult>> record, FieldNames names) {
        var fingerprint = fingerprint(request);
        if (key != null) {
            var earlier = keys.find(runnerId, key);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new ConflictException("This Idempotency-Key was already used for a different request.");
                }
                var programme = current(runnerId).programme();
                return earlier.get().logIds().stream().map(id -> receiptOf(programme, id)).flatMap(Optional::stream)
                        .toList();
            }
        }
        var receipts = Retries.onConflict(() -> {
            var stored = current(runnerId);
            var results = record.apply(stored);
            var done = results.stream().map(result -> recorded(stored, result, names)).toList();
            var touched = new ArrayList<Log>();
            results.stream().filter(RecordResult.Recorded.class::isInstance).map(RecordResult.Recorded.class::cast)
                    .forEach(recorded -> touched.add(recorded.log()));
            commits.saveIfChanged(stored, touched);
            return done;
        });
        if (key != null) {
            keys.remember(runnerId, key, new IdempotencyKeys.Use(fingerprint,
                    receipts.stream().map(Receipt::logId).toList()));
        }
        return receipts;
    }


    private StoredProgramme current(String runnerId) {
        return programmes.current(runnerId)
                .orElseThrow(() -> new NotFoundException("runner " + runnerId + " has no programme"));
    }

    private static Receipt recorded(StoredProgramme stored, RecordResult result, FieldNames names) {
        return switch (result) {
            case RecordResult.Recorded recorded -> receipt(recorded.log(), recorded.week());
            case RecordResult.Duplicate duplicate -> receipt(duplicate.existing(),
                    stored.programme().weekOf(duplicate.existing().performedAt()));
            case RecordResult.Rejected rejected -> throw new InvalidRequestException(rejected.problems().stream()
                    .map(problem -> violation(problem, names)).toList());
        };
    }

    private static Violation violation(Problem problem, FieldNames names) {
        return new Violation(names.apply(problem.field()), problem.code() + ": " + problem.message());
    }

    private static Optional<Receipt> receiptOf(Programme programme, String logId) {
        return find(programme, logId).map(log -> receipt(log, programme.weekOf(log.performedAt())));
    }

    private static Optional<Log> find(Programme programme, String logId) {
        return programme.buckets().stream().map(bucket -> bucket.find(logId)).flatMap(Optional::stream).findFirst();
    }

    private static Receipt receipt(Log log, int week) {
        return new Receipt(log.clientId(), log instanceof RunLog ? "RUN" : "SESSION", week);
    }

    private static RunLog millis(RunLog run) {
        return new RunLog(run.clientId(), millis(run.performedAt()), run.distanceMetres(), run.duration(),
                run.painDuring(), run.nextMorningPain());
    }

    /** MongoDB keeps milliseconds: a resent log must compare equal to the stored one. */
    private static java.time.Instant millis(java.time.Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
