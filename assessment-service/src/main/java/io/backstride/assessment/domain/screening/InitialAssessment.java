package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.profile.FactorProfiling;

/**
 * Decides whether a runner may start a programme: validates every instrument, runs every safety
 * rule, takes the highest outcome, profiles the contributing factors and scores the baseline. Pure,
 * so the same submission always gives the same result.
 */
public final class InitialAssessment {

    private final InstrumentCatalogue catalogue;
    private final UrgentCareDirectory urgentCareDirectory;
    private final InstrumentSet instrumentSet;

    public InitialAssessment(InstrumentCatalogue catalogue, UrgentCareDirectory urgentCareDirectory) {
        this(catalogue, urgentCareDirectory, InstrumentSet.INITIAL_ASSESSMENT);
    }

    public InitialAssessment(InstrumentCatalogue catalogue, UrgentCareDirectory urgentCareDirectory,
                             InstrumentSet instrumentSet) {
        this.catalogue = catalogue;
        this.urgentCareDirectory = urgentCareDirectory;
        this.instrumentSet = instrumentSet;
    }

    public AssessmentResult evaluate(AssessmentSubmission submission) {
        var locale = submission.locale();
        var sheet = AnswerSheet.read(catalogue, instrumentSet, submission.submissions());
        var fired = SafetyRules.highestFirst(sheet.firedSafetyRules(locale));
        var urgentCare = UrgentCare.of(fired, urgentCareDirectory, locale);
        if (!sheet.isValid()) {
            return new AssessmentResult.Rejected(sheet.problems(), urgentCare);
        }
        var profile = sheet.all().stream()
                .filter(validated -> !validated.instrument().factorRules().isEmpty())
                .findFirst()
                .map(validated -> FactorProfiling.profile(validated.instrument(), validated.answers(), locale));
        return new AssessmentResult.Evaluated(SafetyRules.outcomeOf(fired), fired, profile, sheet.scores(),
                urgentCare, sheet.instruments());
    }
}
