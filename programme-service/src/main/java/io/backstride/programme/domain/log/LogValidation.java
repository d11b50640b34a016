package io.backstride.programme.domain.log;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks logs and lists every problem at once, each with its field path; never stops at the first. */
public final class LogValidation {

    public static final int MAX_RUNS_PER_IMPORT = 500;
    static final int MAX_RATING = 10;

    private LogValidation() {
    }

    public static List<Problem> validate(ExerciseSessionLog log, Set<String> knownExercises, Clock clock) {
        var problems = new ArrayList<Problem>();
        requireId(log.clientId(), problems);
        if (log.exerciseId() == null || log.exerciseId().isBlank()) {
            problems.add(new Problem("exerciseId", "REQUIRED", "Say which exercise was done."));
        } else if (!knownExercises.contains(log.exerciseId())) {
            problems.add(new Problem("exerciseId", "UNKNOWN_EXERCISE", "This exercise is not part of the programme."));
        }
        if (log.level() == null) {
            problems.add(new Problem("level", "REQUIRED", "Say which level was done."));
        }
        atLeastOne(log.sets(), "sets", problems);
        if ((log.reps() == null) == (log.holdSeconds() == null)) {
            problems.add(new Problem("reps", "REPS_OR_HOLD", "Give either the reps or the hold in seconds."));
        } else if (log.reps() != null) {
            atLeastOne(log.reps(), "reps", problems);
        } else {
            atLeastOne(log.holdSeconds(), "holdSeconds", problems);
        }
        rating(log.effort(), "effort", true, problems);
        rating(log.painDuring(), "painDuring", true, problems);
        notInFuture(log.performedAt(), "performedAt", clock, problems);
        return List.copyOf(problems);
    }

    public static List<Problem> validate(RunLog log, Clock clock) {
        var problems = new ArrayList<Problem>();
        requireId(log.clientId(), problems);
        notInFuture(log.performedAt(), "performedAt", clock, problems);
        distance(log.distanceMetres(), "Give the distance run.", problems);
        if (log.duration() == null) {
            problems.add(new Problem("duration", "REQUIRED", "Give how long the run took."));
        } else if (log.duration().isNegative() || log.duration().isZero()) {
            problems.add(new Problem("duration", "MUST_BE_POSITIVE", "The duration must be more than zero."));
        }
        rating(log.painDuring(), "painDuring", true, problems);
        rating(log.nextMorningPain(), "nextMorningPain", false, problems);
        return List.copyOf(problems);
    }

    /** A partner app's bulk import: every problem of every run, at {@code runs[i].field}. */
    public static List<Problem> validateImport(List<RunLog> runs, Clock clock) {
        var problems = new ArrayList<Problem>();
        if (runs.size() > MAX_RUNS_PER_IMPORT) {
            problems.add(new Problem("runs", "TOO_MANY", "Send at most " + MAX_RUNS_PER_IMPORT + " runs at a time."));
        }
        var seen = new HashSet<String>();
        for (var i = 0; i < runs.size(); i++) {
            var prefix = "runs[" + i + "]";
            var run = runs.get(i);
            validate(run, clock).forEach(problem -> problems.add(problem.under(prefix)));
            if (run.clientId() != null && !seen.add(run.clientId())) {
                problems.add(new Problem(prefix + ".clientId", "DUPLICATE_IN_IMPORT", "This id appears twice in the import."));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * A run the runner plans: an id like a log's, a distance like a run's, a date from today (a past run is logged,
     * not planned) to the programme's last day.
     *
     * @param today the runner's today, in the programme's time zone
     */
    public static List<Problem> validatePlannedRun(String plannedRunId, LocalDate date, Integer distanceMetres,
                                                   LocalDate today, LocalDate lastDay) {
        var problems = new ArrayList<Problem>();
        requireId("plannedRunId", plannedRunId, "Each planned run needs the id the app gave it.", problems);
        if (date == null) {
            problems.add(new Problem("date", "REQUIRED", "Say on which day the run is planned."));
        } else if (date.isBefore(today)) {
            problems.add(new Problem("date", "IN_PAST", "This day is over: log the run instead."));
        } else if (date.isAfter(lastDay)) {
            problems.add(new Problem("date", "AFTER_PROGRAMME_END", "The programme ends on " + lastDay + "."));
        }
        distance(distanceMetres, "Give the distance planned.", problems);
        return List.copyOf(problems);
    }

    public static List<Problem> validateNextMorningPain(Integer pain) {
        var problems = new ArrayList<Problem>();
        rating(pain, "nextMorningPain", true, problems);
        return List.copyOf(problems);
    }

    /** The longest id a client may give a log or a planned run. */
    public static final int MAX_ID_LENGTH = 100;

    private static void requireId(String clientId, List<Problem> problems) {
        requireId("clientId", clientId, "Each log needs the id the app gave it.", problems);
    }

    private static void requireId(String field, String id, String message, List<Problem> problems) {
        if (id == null || id.isBlank()) {
            problems.add(new Problem(field, "REQUIRED", message));
        } else if (id.length() > MAX_ID_LENGTH) {
            // the id goes into decision ids and events (ids of at most 200 characters there, rule prefix included)
            problems.add(new Problem(field, "TOO_LONG", "An id has at most " + MAX_ID_LENGTH + " characters."));
        }
    }

    private static void distance(Integer metres, String required, List<Problem> problems) {
        if (metres == null) {
            problems.add(new Problem("distanceMetres", "REQUIRED", required));
        } else if (metres <= 0) {
            problems.add(new Problem("distanceMetres", "MUST_BE_POSITIVE", "The distance must be more than zero."));
        }
    }

    private static void atLeastOne(Integer value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem(field, "REQUIRED", "Give a number."));
        } else if (value < 1) {
            problems.add(new Problem(field, "MUST_BE_POSITIVE", "Give a number of at least 1."));
        }
    }

    private static void rating(Integer value, String field, boolean required, List<Problem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new Problem(field, "REQUIRED", "Give a rating from 0 to 10."));
            }
        } else if (value < 0 || value > MAX_RATING) {
            problems.add(new Problem(field, "OUT_OF_RANGE", "Give a rating from 0 to 10."));
        }
    }

    private static void notInFuture(Instant at, String field, Clock clock, List<Problem> problems) {
        if (at == null) {
            problems.add(new Problem(field, "REQUIRED", "Say when it was done."));
        } else if (at.isAfter(clock.instant())) {
            problems.add(new Problem(field, "IN_FUTURE", "This date is still to come."));
        }
    }
}
