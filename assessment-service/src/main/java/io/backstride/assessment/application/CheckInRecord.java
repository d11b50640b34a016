package io.backstride.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;

/** A decided weekly check-in as the use cases hand it out. */
public record CheckInRecord(String id, String runnerId, String tenantId, String raceId, String locale,
                            Instant createdAt, Optional<String> baselineAssessmentId, OutcomeLevel outcome,
                            List<FiredRule> firedRules, Scores scores, List<Trend> trends,
                            Optional<UrgentCare> urgentCare, List<InstrumentVersion> instruments) {

    /** Red-flag answers given at this check-in. */
    public List<FiredRule> newRedFlags() {
        return firedRules.stream().filter(FiredRule::isRedFlag).toList();
    }
}
