package io.backstride.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.profile.FactorProfile;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;

/** A decided initial assessment as the use cases hand it out. */
public record AssessmentRecord(String id, String runnerId, String tenantId, String raceId, String locale,
                               Instant createdAt, OutcomeLevel outcome, List<FiredRule> firedRules,
                               Optional<FactorProfile> profile, Scores scores, Optional<UrgentCare> urgentCare,
                               List<InstrumentVersion> instruments) {
}
