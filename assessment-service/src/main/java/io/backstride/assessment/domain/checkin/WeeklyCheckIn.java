package io.backstride.assessment.domain.checkin;

import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.scoring.Baseline;
import io.backstride.assessment.domain.screening.AnswerSheet;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.InstrumentSet;
import io.backstride.assessment.domain.screening.SafetyRules;
import io.backstride.assessment.domain.screening.UrgentCare;
import io.backstride.assessment.domain.screening.UrgentCareDirectory;
import java.util.ArrayList;

/**
 * Evaluates a weekly check-in: the red-flag questions again (any new red flag refers at least), pain
 * and function scored and compared with the baseline, and trend rules on meaningful worsening.
 */
public final class WeeklyCheckIn {

    private final InstrumentCatalogue catalogue;
    private final UrgentCareDirectory urgentCareDirectory;
    private final InstrumentSet instrumentSet;

    public WeeklyCheckIn(InstrumentCatalogue catalogue, UrgentCareDirectory urgentCareDirectory) {
        this(catalogue, urgentCareDirectory, InstrumentSet.WEEKLY_CHECK_IN);
    }

    public WeeklyCheckIn(InstrumentCatalogue catalogue, UrgentCareDirectory urgentCareDirectory,
                         InstrumentSet instrumentSet) {
        this.catalogue = catalogue;
        this.urgentCareDirectory = urgentCareDirectory;
        this.instrumentSet = instrumentSet;
    }

    public CheckInResult evaluate(CheckInSubmission submission, Baseline baseline) {
        var locale = submission.locale();
        var sheet = AnswerSheet.read(catalogue, instrumentSet, submission.submissions());
        var redFlags = sheet.firedSafetyRules(locale);
        var urgentCare = UrgentCare.of(redFlags, urgentCareDirectory, locale);
        if (!sheet.isValid()) {
            return new CheckInResult.Rejected(sheet.problems(), urgentCare);
        }
        var scores = sheet.scores();
        var trends = baseline.trendsOf(scores);
        var fired = new ArrayList<FiredRule>(redFlags);
        sheet.all().forEach(validated -> fired.addAll(TrendRules.fire(validated.instrument(), trends, locale)));
        var ordered = SafetyRules.highestFirst(fired);
        return new CheckInResult.Evaluated(SafetyRules.outcomeOf(ordered), ordered, scores, trends, urgentCare,
                sheet.instruments());
    }
}
