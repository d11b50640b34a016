package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.Submission;
import java.util.List;
import java.util.Locale;

/** Everything a runner sends for the initial assessment, and the locale to answer in. */
public record AssessmentSubmission(Locale locale, List<Submission> submissions) {

    public AssessmentSubmission {
        submissions = List.copyOf(submissions);
    }
}
