package io.backstride.programme.domain.assessment;

import java.time.Instant;
import java.util.Objects;

/** An assessment as this service learns of it from the assessment service's event. */
public record CompletedAssessment(String assessmentId, String runnerId, Outcome outcome, FactorProfile profile,
                                  Instant completedAt) {

    public CompletedAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(runnerId, "runnerId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
