package io.backstride.programme.persistence;

import io.backstride.platform.events.OutboxEvent;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.RunLog;
import io.backstride.programme.domain.log.WeeklyLogBucket;
import io.backstride.programme.domain.programme.Programme;
import io.backstride.programme.domain.programme.ProgrammeState;
import io.backstride.programme.domain.programme.ProgrammeStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programmes and their weekly log buckets, without multi-document transactions.
 *
 * <p>The programme document is the commit point: a change writes it first, with its outbox and the logs the
 * change touched ("unfiled"), then files those logs into their weekly buckets by client id. Filing is
 * idempotent, and every load files the unfiled logs of the last write again, so a crash between the two
 * writes loses nothing and a retried request sees its log already recorded. (Writing the bucket first would
 * make a retry after a crash look like a duplicate that the rules never evaluated.)
 */
@Component
public class ProgrammeStore {

    private static final int FILING_ATTEMPTS = 5;

    private final ProgrammeDocuments programmes;
    private final LogBuckets buckets;
    private final JsonMapper json;
    private final Clock clock;

    ProgrammeStore(ProgrammeDocuments programmes, LogBuckets buckets, JsonMapper json, Clock clock) {
        this.programmes = programmes;
        this.buckets = buckets;
        this.json = json;
        this.clock = clock;
    }

    public Optional<StoredProgramme> current(String runnerId) {
        return programmes.findByCurrentKey(runnerId).map(this::load);
    }

    /** Runner ids of active programmes whose last day is before {@code date}, a batch at a time. */
    public List<String> activeRunnersEndedBefore(LocalDate date) {
        return programmes.findTop100ByStatusAndEndDateBefore(ProgrammeStatus.ACTIVE.name(), date).stream()
                .map(ProgrammeDocument::runnerId).toList();
    }

    /** Stores a new current programme; the runner's previous one must have been {@link #supersede}d first. */
    public void create(Programme programme, String tenantId, String raceId, List<OutboxEvent> events) {
        var document = new ProgrammeDocument(programme.id(), tenantId, programme.runnerId(), raceId);
        write(document, programme, List.of(), events);
    }

    /** Keeps the runner's previous programme as history, no longer current. */
    public void supersede(StoredProgramme stored, List<OutboxEvent> events) {
        stored.document().noLongerCurrent();
        write(stored.document(), stored.programme(), List.of(), events);
    }

    /**
     * Saves a change: the programme document (the commit point), then the touched logs into their buckets.
     *
     * @throws OptimisticLockingFailureException when someone else changed the programme since it was loaded
     */
    public void save(StoredProgramme stored, Collection<? extends Log> touched, List<OutboxEvent> events) {
        write(stored.document(), stored.programme(), touched, events);
        file(stored.document(), stored.programme().state(), touched, stored.buckets());
    }

    private void write(ProgrammeDocument document, Programme programme, Collection<? extends Log> touched,
                       List<OutboxEvent> events) {
        var state = programme.state();
        document.update(state.assessmentId(), state.assessedAt(), state.status().name(), state.plan().end(),
                json.writeValueAsString(state), sessionsOf(touched), runsOf(touched), clock.instant());
        events.forEach(document.outbox()::add);
        programmes.save(document);
    }

    private StoredProgramme load(ProgrammeDocument document) {
        var state = json.readValue(document.state(), ProgrammeState.class);
        var unfiled = document.unfiledSessions().stream().map(StoredSession::toLog).map(Log.class::cast).toList();
        var unfiledRuns = document.unfiledRuns().stream().map(StoredRun::toLog).toList();
        var all = new java.util.ArrayList<Log>(unfiled);
        all.addAll(unfiledRuns);
        var filed = file(document, state, all, null);
        var programme = Programme.restore(state, filed.values().stream().map(bucket -> toDomain(document.id(), bucket)).toList());
        return new StoredProgramme(programme, document, filed);
    }

    /**
     * Files logs into their weeks' buckets (again, if they are there already); returns every bucket. The first
     * attempt works on {@code known}, the buckets as loaded with the programme, when given: a bucket that changed
     * since then fails its versioned save, and every later attempt reads the buckets again. That saves a read of
     * all the programme's buckets on every log.
     */
    private Map<Integer, LogBucketDocument> file(ProgrammeDocument document, ProgrammeState state,
                                                 Collection<? extends Log> logs, Map<Integer, LogBucketDocument> known) {
        if (logs.isEmpty() && known != null) {
            return known;
        }
        for (var attempt = 1; ; attempt++) {
            var byWeek = new TreeMap<Integer, LogBucketDocument>();
            if (attempt == 1 && known != null) {
                byWeek.putAll(known);
            } else {
                buckets.findByProgrammeId(document.id()).forEach(bucket -> byWeek.put(bucket.week(), bucket));
            }
            try {
                for (var log : logs) {
                    var week = state.plan().weekOf(java.time.LocalDate.ofInstant(log.performedAt(), state.plan().zone()));
                    var bucket = byWeek.computeIfAbsent(week, w -> new LogBucketDocument(document.tenantId(),
                            document.runnerId(), document.id(), w));
                    var changed = switch (log) {
                        case ExerciseSessionLog session -> bucket.file(StoredSession.of(session));
                        case RunLog run -> bucket.file(StoredRun.of(run));
                    };
                    if (changed) {
                        byWeek.put(week, buckets.save(bucket));
                    }
                }
                return byWeek;
            } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
                if (attempt == FILING_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static WeeklyLogBucket toDomain(String programmeId, LogBucketDocument bucket) {
        return new WeeklyLogBucket(programmeId, bucket.week(),
                bucket.sessions().stream().map(StoredSession::toLog).toList(),
                bucket.runs().stream().map(StoredRun::toLog).toList());
    }

    private static List<StoredSession> sessionsOf(Collection<? extends Log> logs) {
        return only(logs, ExerciseSessionLog.class, StoredSession::of);
    }

    private static List<StoredRun> runsOf(Collection<? extends Log> logs) {
        return only(logs, RunLog.class, StoredRun::of);
    }

    private static <L, S> List<S> only(Collection<? extends Log> logs, Class<L> type, Function<L, S> store) {
        return logs.stream().filter(type::isInstance).map(type::cast).map(store).toList();
    }
}
