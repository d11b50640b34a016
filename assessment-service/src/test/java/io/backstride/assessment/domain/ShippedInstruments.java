package io.backstride.assessment.domain;

import io.backstride.assessment.domain.checkin.CheckInResult;
import io.backstride.assessment.domain.checkin.CheckInSubmission;
import io.backstride.assessment.domain.checkin.WeeklyCheckIn;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.scoring.Baseline;
import io.backstride.assessment.domain.screening.AssessmentResult;
import io.backstride.assessment.domain.screening.AssessmentSubmission;
import io.backstride.assessment.domain.screening.InitialAssessment;
import io.backstride.assessment.domain.screening.UrgentCareDirectory;
import java.util.Locale;

/** The shipped instruments and advice, loaded once, and the two journeys that use them. */
public final class ShippedInstruments {

    public static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.load(InstrumentFiles.shipped());
    public static final UrgentCareDirectory URGENT_CARE = InstrumentFiles.urgentCare();
    public static final InitialAssessment INITIAL_ASSESSMENT = new InitialAssessment(CATALOGUE, URGENT_CARE);
    public static final WeeklyCheckIn WEEKLY_CHECK_IN = new WeeklyCheckIn(CATALOGUE, URGENT_CARE);

    private ShippedInstruments() {
    }

    public static AssessmentResult assess(AnswerSet answers) {
        return assess(answers, Locale.UK);
    }

    public static AssessmentResult assess(AnswerSet answers, Locale locale) {
        return INITIAL_ASSESSMENT.evaluate(new AssessmentSubmission(locale, answers.submissions(CATALOGUE)));
    }

    public static AssessmentResult.Evaluated assessed(AnswerSet answers) {
        return evaluated(assess(answers));
    }

    public static CheckInResult checkIn(AnswerSet answers, Baseline baseline) {
        return checkIn(answers, baseline, Locale.UK);
    }

    public static CheckInResult checkIn(AnswerSet answers, Baseline baseline, Locale locale) {
        return WEEKLY_CHECK_IN.evaluate(new CheckInSubmission(locale, answers.submissions(CATALOGUE)), baseline);
    }

    public static CheckInResult.Evaluated checkedIn(AnswerSet answers, Baseline baseline) {
        var result = checkIn(answers, baseline);
        if (result instanceof CheckInResult.Evaluated evaluated) {
            return evaluated;
        }
        throw new AssertionError("Expected an evaluated check-in but got " + result);
    }

    public static AssessmentResult.Evaluated evaluated(AssessmentResult result) {
        if (result instanceof AssessmentResult.Evaluated evaluated) {
            return evaluated;
        }
        throw new AssertionError("Expected an evaluated assessment but got " + result);
    }
}
