package io.backstride.assessment.domain;

import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.scoring.Baseline;
import java.util.Map;

/**
 * A runner with the textbook running-related picture and no flags at all: pain comes during runs and
 * settles within the hour, no contributing factor stands out. Tests change one thing at a time.
 */
public final class CleanRunner {

    public static final String SCREENING = "screening";
    public static final String RUNNING_PATTERN = "running-pattern";
    public static final String PAIN_RATINGS = "pain-ratings";
    public static final String FUNCTION_SCALE = "function-scale";
    public static final String CHECK_IN = "check-in";

    private CleanRunner() {
    }

    public static AnswerSet initialAssessment() {
        return screening().plus(runningPattern()).plus(painRatings(2, 1, 0)).plus(functionScale(6));
    }

    public static AnswerSet checkIn() {
        return checkInQuestions().plus(painRatings(2, 1, 0)).plus(functionScale(6));
    }

    /** The baseline the clean initial assessment gives: pain 2 / 1 / 0 and function 6. */
    public static Baseline baseline() {
        return new Baseline(Map.of(
                "pain-ratings:duringRun", 2.0,
                "pain-ratings:nextMorning", 1.0,
                "pain-ratings:atRest", 0.0,
                "function-scale:function", 6.0));
    }

    public static AnswerSet screening() {
        var answers = AnswerSet.empty();
        for (var item : new String[] {"legSymptoms", "painPersistent", "painWorsening", "painUnrelatedToRunning",
                "bladderOrBowelChange", "saddleNumbness", "legWeaknessWorsening", "walkingDifficultyNew",
                "cancerHistory", "nightPainUnrelieved", "weightLossUnexplained", "feverOrUnwell",
                "immunosuppressedOrIvDrugs", "recentBacterialInfection", "significantTrauma", "minorTrauma",
                "visibleDeformity"}) {
            answers = answers.no(SCREENING, item);
        }
        return answers.number(SCREENING, "ageAtFirstOnset", 35).choice(SCREENING, "painDuration", "UNDER_TWO_WEEKS");
    }

    public static AnswerSet runningPattern() {
        return AnswerSet.empty()
                .choice(RUNNING_PATTERN, "onset", "DURING_RUN")
                .choice(RUNNING_PATTERN, "onsetTiming", "EARLY")
                .yes(RUNNING_PATTERN, "growsWithDistance")
                .choice(RUNNING_PATTERN, "feelsLike", "ACHE_OR_TIGHTNESS")
                .choice(RUNNING_PATTERN, "settles", "WITHIN_AN_HOUR")
                .yes(RUNNING_PATTERN, "easedBySittingOrBendingForward")
                .no(RUNNING_PATTERN, "styleUnchanged")
                .no(RUNNING_PATTERN, "holdsOnePosition")
                .choice(RUNNING_PATTERN, "techniqueFocus", "NOTHING_IN_PARTICULAR")
                .choice(RUNNING_PATTERN, "strengthTraining", "WEEKLY_OR_MORE")
                .no(RUNNING_PATTERN, "hipDropsOnStep")
                .choice(RUNNING_PATTERN, "formWhenFresh", "CONTROLLED")
                .choice(RUNNING_PATTERN, "formWhenTired", "STILL_CONTROLLED");
    }

    public static AnswerSet painRatings(double duringRun, double nextMorning, double atRest) {
        return AnswerSet.empty()
                .number(PAIN_RATINGS, "painDuringRun", duringRun)
                .number(PAIN_RATINGS, "painNextMorning", nextMorning)
                .number(PAIN_RATINGS, "painAtRest", atRest);
    }

    public static AnswerSet functionScale(double rating) {
        return AnswerSet.empty()
                .with(FUNCTION_SCALE, "activity1", Answer.text("run 10 km"))
                .number(FUNCTION_SCALE, "activity1Rating", rating);
    }

    public static AnswerSet checkInQuestions() {
        var answers = AnswerSet.empty();
        for (var item : new String[] {"bladderOrBowelChange", "saddleNumbness", "legWeaknessWorsening",
                "walkingDifficultyNew", "legSymptoms", "nightPainUnrelieved", "weightLossUnexplained",
                "feverOrUnwell", "newFallOrAccident", "newDiagnosis"}) {
            answers = answers.no(CHECK_IN, item);
        }
        return answers;
    }
}
