package io.backstride.programme.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The logs of one programme week. Bounded by the domain's {@code WeeklyLogBucket.MAX_LOGS} (1,000 logs,
 * about 150 kB at the very most; a typical week holds 3 runs and 20 exercise logs, about 4 kB).
 * A log is filed by its client id, so filing the same log again changes nothing.
 */
@Document(LogBucketDocument.COLLECTION)
@CompoundIndex(name = "programme_week", def = "{'programmeId': 1, 'week': 1}", unique = true)
@CompoundIndex(name = "runner_week", def = "{'runnerId': 1, 'week': 1}")
class LogBucketDocument {

    static final String COLLECTION = "programme_log_buckets";

    @Id
    private String id;
    @Version
    private Long version;
    private String tenantId;
    private String runnerId;
    private String programmeId;
    private int week;
    private List<StoredSession> sessions = new ArrayList<>();
    private List<StoredRun> runs = new ArrayList<>();

    protected LogBucketDocument() {
    }

    LogBucketDocument(String tenantId, String runnerId, String programmeId, int week) {
        this.id = idOf(programmeId, week);
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.programmeId = programmeId;
        this.week = week;
    }

    static String idOf(String programmeId, int week) {
        return programmeId + ":" + week;
    }

    int week() {
        return week;
    }

    List<StoredSession> sessions() {
        return sessions;
    }

    List<StoredRun> runs() {
        return runs;
    }

    /** @return whether anything changed */
    boolean file(StoredSession session) {
        return file(sessions, session, existing -> existing.clientId().equals(session.clientId()));
    }

    boolean file(StoredRun run) {
        return file(runs, run, existing -> existing.clientId().equals(run.clientId()));
    }

    private static <T> boolean file(List<T> logs, T log, Predicate<T> sameId) {
        for (var i = 0; i < logs.size(); i++) {
            if (sameId.test(logs.get(i))) {
                if (logs.get(i).equals(log)) {
                    return false;
                }
                logs.set(i, log);
                return true;
            }
        }
        logs.add(log);
        return true;
    }
}
