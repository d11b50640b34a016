package io.backstride.programme.domain.programme;

import java.time.LocalDate;
import java.util.List;

/** A day of the programme as the runner sees it. */
public record PlannedSession(LocalDate date, int week, boolean run, boolean strength, boolean raceDay,
                             List<SessionExercise> exercises) {

    public PlannedSession {
        exercises = List.copyOf(exercises);
    }
}
