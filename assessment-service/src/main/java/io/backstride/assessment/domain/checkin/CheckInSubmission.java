package io.backstride.assessment.domain.checkin;

import io.backstride.assessment.domain.instrument.Submission;
import java.util.List;
import java.util.Locale;

/** A runner's weekly check-in answers, and the locale to answer in. */
public record CheckInSubmission(Locale locale, List<Submission> submissions) {

    public CheckInSubmission {
        submissions = List.copyOf(submissions);
    }
}
