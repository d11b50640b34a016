package io.backstride.assessment.domain.checkin;

import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.instrument.ValidationProblem;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;
import java.util.List;
import java.util.Optional;

/** What a weekly check-in decided, or why it could not decide. */
public sealed interface CheckInResult {

    /** Whether the programme may go on; never true for a rejected check-in. */
    boolean allowsProgramme();

    /** Problems listed all at once; urgent-care advice too when an URGENT rule already fired. */
    record Rejected(List<ValidationProblem> problems, Optional<UrgentCare> urgentCare) implements CheckInResult {

        public Rejected {
            problems = List.copyOf(problems);
        }

        @Override
        public boolean allowsProgramme() {
            return false;
        }
    }

    /**
     * The decision: PROCEED goes on, PROCEED_WITH_CAUTION eases the load, REFER stops progression
     * and advises seeing a professional, URGENT sends the runner to urgent care now.
     *
     * @param firedRules red flags and trend rules that fired, highest level first
     */
    record Evaluated(OutcomeLevel outcome, List<FiredRule> firedRules, Scores scores, List<Trend> trends,
                     Optional<UrgentCare> urgentCare, List<InstrumentVersion> instruments) implements CheckInResult {

        public Evaluated {
            firedRules = List.copyOf(firedRules);
            trends = List.copyOf(trends);
            instruments = List.copyOf(instruments);
        }

        @Override
        public boolean allowsProgramme() {
            return outcome.allowsProgramme();
        }

        /** Red-flag answers given at this check-in; its questions ask only about what is new. */
        public List<FiredRule> newRedFlags() {
            return firedRules.stream().filter(FiredRule::isRedFlag).toList();
        }
    }
}
