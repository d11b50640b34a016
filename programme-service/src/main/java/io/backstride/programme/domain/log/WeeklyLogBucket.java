package io.backstride.programme.domain.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The logs of one programme week, stored as one document beside the programme, so no document grows
 * without bound. Week 1 starts on the programme's start date; runs imported from before the start fall in
 * week 0 or below.
 */
public record WeeklyLogBucket(String programmeId, int week, List<ExerciseSessionLog> sessions, List<RunLog> runs) {

    /** Far above any real week (a bulk import of a week's runs included), low enough to bound the document. */
    public static final int MAX_LOGS = 1_000;

    public WeeklyLogBucket {
        sessions = List.copyOf(sessions);
        runs = List.copyOf(runs);
    }

    public static WeeklyLogBucket empty(String programmeId, int week) {
        return new WeeklyLogBucket(programmeId, week, List.of(), List.of());
    }

    public int size() {
        return sessions.size() + runs.size();
    }

    public boolean isFull() {
        return size() >= MAX_LOGS;
    }

    public Optional<Log> find(String clientId) {
        return logs().stream().filter(log -> log.clientId().equals(clientId)).findFirst();
    }

    public List<Log> logs() {
        var logs = new ArrayList<Log>(sessions);
        logs.addAll(runs);
        return logs;
    }

    public WeeklyLogBucket with(Log log) {
        return switch (log) {
            case ExerciseSessionLog session -> new WeeklyLogBucket(programmeId, week, append(sessions, session), runs);
            case RunLog run -> new WeeklyLogBucket(programmeId, week, sessions, append(runs, run));
        };
    }

    public WeeklyLogBucket replacing(RunLog run) {
        return new WeeklyLogBucket(programmeId, week, sessions,
                runs.stream().map(existing -> existing.clientId().equals(run.clientId()) ? run : existing).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        var copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
