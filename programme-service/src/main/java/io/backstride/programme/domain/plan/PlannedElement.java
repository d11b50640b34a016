package io.backstride.programme.domain.plan;

import io.backstride.programme.domain.library.Occasion;
import io.backstride.programme.domain.library.Purpose;

/** One exercise in the weekly template: what, when in the day, and why. */
public record PlannedElement(String exerciseId, Purpose purpose, Occasion occasion, Reason reason) {
}
