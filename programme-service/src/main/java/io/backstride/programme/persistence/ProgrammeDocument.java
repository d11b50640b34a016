package io.backstride.programme.persistence;

import io.backstride.platform.outbox.Outbox;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One programme of one runner: its state (plan, positions, decisions in force, check-ins) as a JSON snapshot
 * of the domain's {@code ProgrammeState}, the queryable fields beside it, the logs of the last write that may
 * not have reached their weekly bucket yet, and the outbox. The write of this document is the commit point
 * of every change. Bounded: the plan is a weekly template (about 10 kB), decisions are bounded by the logs
 * that can fire them within a programme, and the unfiled logs by one request (at most 500 runs).
 */
@Document(ProgrammeDocument.COLLECTION)
@CompoundIndex(name = "runner_programmes", def = "{'runnerId': 1, 'assessedAt': -1}")
@CompoundIndex(name = "active_by_end", def = "{'status': 1, 'endDate': 1}")
class ProgrammeDocument {

    static final String COLLECTION = "programmes";
    static final String SUPERSEDED_PREFIX = "superseded:";

    @Id
    private String id;
    @Version
    private Long version;
    private String tenantId;
    private String runnerId;
    private String raceId;
    /** The runner id while this is the runner's current programme, so at most one is current per runner. */
    @Indexed(unique = true)
    private String currentKey;
    private String assessmentId;
    private Instant assessedAt;
    private String status;
    private LocalDate endDate;
    private String state;
    private List<StoredSession> unfiledSessions = new ArrayList<>();
    private List<StoredRun> unfiledRuns = new ArrayList<>();
    private Instant updatedAt;
    private Outbox outbox = new Outbox();

    protected ProgrammeDocument() {
    }

    ProgrammeDocument(String id, String tenantId, String runnerId, String raceId) {
        this.id = id;
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.raceId = raceId;
        this.currentKey = runnerId;
    }

    String id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String runnerId() {
        return runnerId;
    }

    String raceId() {
        return raceId;
    }

    String state() {
        return state;
    }

    List<StoredSession> unfiledSessions() {
        return unfiledSessions;
    }

    List<StoredRun> unfiledRuns() {
        return unfiledRuns;
    }

    Outbox outbox() {
        return outbox;
    }

    void update(String assessmentId, Instant assessedAt, String status, LocalDate endDate, String state,
                List<StoredSession> sessions, List<StoredRun> runs, Instant at) {
        this.assessmentId = assessmentId;
        this.assessedAt = assessedAt;
        this.status = status;
        this.endDate = endDate;
        this.state = state;
        this.unfiledSessions = new ArrayList<>(sessions);
        this.unfiledRuns = new ArrayList<>(runs);
        this.updatedAt = at;
    }

    void noLongerCurrent() {
        this.currentKey = SUPERSEDED_PREFIX + id;
    }
}
