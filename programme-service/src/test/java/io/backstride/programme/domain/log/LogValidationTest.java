package io.backstride.programme.domain.log;

import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.backstride.programme.domain.library.Level;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogValidationTest {

    private static final Set<String> KNOWN = Set.of("dead-bug");

    @Test
    void aValidSessionHasNoProblems() {
        var log = new ExerciseSessionLog("s1", "dead-bug", Level.BASE, 3, 10, null, 4, 2, CLOCK.instant());

        assertThat(LogValidation.validate(log, KNOWN, CLOCK)).isEmpty();
    }

    @Test
    void everyProblemOfASessionIsListedWithItsField() {
        var log = new ExerciseSessionLog(" ", "moonwalk", null, 0, 10, 30, 11, -1, CLOCK.instant().plusSeconds(60));

        assertThat(LogValidation.validate(log, KNOWN, CLOCK)).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("clientId", "REQUIRED"),
                        tuple("exerciseId", "UNKNOWN_EXERCISE"),
                        tuple("level", "REQUIRED"),
                        tuple("sets", "MUST_BE_POSITIVE"),
                        tuple("reps", "REPS_OR_HOLD"),
                        tuple("effort", "OUT_OF_RANGE"),
                        tuple("painDuring", "OUT_OF_RANGE"),
                        tuple("performedAt", "IN_FUTURE"));
    }

    @Test
    void anIdLongerThanEventsCanCarryIsRefused() {
        var longest = "x".repeat(LogValidation.MAX_ID_LENGTH);
        var tooLong = longest + "x";

        assertThat(LogValidation.validate(new ExerciseSessionLog(longest, "dead-bug", Level.BASE, 3, 10, null, 4, 2,
                CLOCK.instant()), KNOWN, CLOCK)).isEmpty();
        assertThat(LogValidation.validate(new ExerciseSessionLog(tooLong, "dead-bug", Level.BASE, 3, 10, null, 4, 2,
                CLOCK.instant()), KNOWN, CLOCK)).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("clientId", "TOO_LONG"));
        assertThat(LogValidation.validate(new RunLog(tooLong, CLOCK.instant(), 5_000, Duration.ofMinutes(30), 1, null),
                CLOCK)).extracting(Problem::field, Problem::code).containsExactly(tuple("clientId", "TOO_LONG"));
    }

    @Test
    void aHoldInsteadOfRepsIsFine() {
        var log = new ExerciseSessionLog("s1", "dead-bug", Level.BASE, 3, null, 30, 4, 2, CLOCK.instant());

        assertThat(LogValidation.validate(log, KNOWN, CLOCK)).isEmpty();
    }

    @Test
    void everyProblemOfARunIsListedWithItsField() {
        var log = new RunLog("r1", CLOCK.instant().plus(Duration.ofDays(1)), -5_000, Duration.ZERO, 11, 12);

        assertThat(LogValidation.validate(log, CLOCK)).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("performedAt", "IN_FUTURE"),
                        tuple("distanceMetres", "MUST_BE_POSITIVE"),
                        tuple("duration", "MUST_BE_POSITIVE"),
                        tuple("painDuring", "OUT_OF_RANGE"),
                        tuple("nextMorningPain", "OUT_OF_RANGE"));
    }

    @Test
    void missingRunFieldsAreEachNamed() {
        var log = new RunLog("r1", null, null, null, null, null);

        assertThat(LogValidation.validate(log, CLOCK)).extracting(Problem::field)
                .containsExactlyInAnyOrder("performedAt", "distanceMetres", "duration", "painDuring");
    }

    @Test
    void anImportNamesTheRunOfEachProblem() {
        var good = run("r1", 1, 5_000, 2);
        var bad = new RunLog("r2", good.performedAt(), -1, good.duration(), 11, null);

        assertThat(LogValidation.validateImport(List.of(good, bad, good), CLOCK)).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("runs[1].distanceMetres", "MUST_BE_POSITIVE"),
                        tuple("runs[1].painDuring", "OUT_OF_RANGE"),
                        tuple("runs[2].clientId", "DUPLICATE_IN_IMPORT"));
    }

    @Test
    void anImportHoldsAtMost500Runs() {
        var runs = Collections.nCopies(501, run("r1", 1, 5_000, 2));

        assertThat(LogValidation.validateImport(runs, CLOCK)).extracting(Problem::field).contains("runs");
    }
}
