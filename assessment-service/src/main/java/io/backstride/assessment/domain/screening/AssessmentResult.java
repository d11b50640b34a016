package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.instrument.ValidationProblem;
import io.backstride.assessment.domain.profile.FactorProfile;
import io.backstride.assessment.domain.scoring.Scores;
import java.util.List;
import java.util.Optional;

/** What an initial assessment decided, or why it could not decide. */
public sealed interface AssessmentResult {

    /** Whether a programme may be given; never true for a rejected submission. */
    boolean allowsProgramme();

    /**
     * The submission has problems, listed all at once; nothing is decided and nothing should be
     * stored. If the well-formed answers already fire an URGENT rule, the urgent-care advice is here
     * too, because it must reach the runner in this very response.
     */
    record Rejected(List<ValidationProblem> problems, Optional<UrgentCare> urgentCare) implements AssessmentResult {

        public Rejected {
            problems = List.copyOf(problems);
        }

        @Override
        public boolean allowsProgramme() {
            return false;
        }
    }

    /**
     * The decision.
     *
     * @param firedRules every rule that fired, highest level first
     * @param profile    present when the running-pattern instrument was answered
     * @param urgentCare present exactly when the outcome is URGENT
     */
    record Evaluated(OutcomeLevel outcome, List<FiredRule> firedRules, Optional<FactorProfile> profile,
                     Scores scores, Optional<UrgentCare> urgentCare, List<InstrumentVersion> instruments)
            implements AssessmentResult {

        public Evaluated {
            firedRules = List.copyOf(firedRules);
            instruments = List.copyOf(instruments);
        }

        @Override
        public boolean allowsProgramme() {
            return outcome.allowsProgramme();
        }
    }
}
