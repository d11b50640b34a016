package io.backstride.programme.domain.plan;

import io.backstride.programme.domain.assessment.CompletedAssessment;
import io.backstride.programme.domain.library.ExerciseLibrary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan is made from. {@code startDate} is the runner's "today" in {@code zone}; with no race date
 * the programme runs {@link ProgrammePlan#DEFAULT_WEEKS} weeks.
 */
public record PlanRequest(CompletedAssessment assessment, ExerciseLibrary library, Set<DayOfWeek> runDays,
                          ZoneId zone, LocalDate startDate, Optional<LocalDate> raceDate) {

    public PlanRequest {
        runDays = Set.copyOf(runDays);
    }
}
