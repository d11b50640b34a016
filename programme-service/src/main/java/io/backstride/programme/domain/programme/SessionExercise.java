package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.library.Dosage;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.Occasion;
import io.backstride.programme.domain.library.Purpose;
import io.backstride.programme.domain.plan.Reason;
import java.util.List;

/** An exercise of a day's session at the runner's current level, with the dosage to do and why. */
public record SessionExercise(String slot, String exerciseId, Purpose purpose, Occasion occasion, Level level,
                              Dosage dosage, List<Reason> reasons) {

    public SessionExercise {
        reasons = List.copyOf(reasons);
    }
}
