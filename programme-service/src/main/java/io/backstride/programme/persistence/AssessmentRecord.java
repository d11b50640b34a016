package io.backstride.programme.persistence;

import io.backstride.programme.domain.assessment.CompletedAssessment;

/** A completed assessment as received, with whom it belongs to (taken from the event until tokens carry it). */
public record AssessmentRecord(CompletedAssessment assessment, String tenantId, String raceId) {
}
