package io.backstride.programme.persistence;

import io.backstride.programme.domain.assessment.CompletedAssessment;

/** A completed assessment as received, with whom it belongs to (from the event: the organiser the runner was assessed for). */
public record AssessmentRecord(CompletedAssessment assessment, String tenantId, String raceId) {
}
