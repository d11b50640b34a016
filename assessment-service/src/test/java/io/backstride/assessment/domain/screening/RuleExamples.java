package io.backstride.assessment.domain.screening;

import static io.backstride.assessment.domain.CleanRunner.CHECK_IN;
import static io.backstride.assessment.domain.CleanRunner.FUNCTION_SCALE;
import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static io.backstride.assessment.domain.CleanRunner.RUNNING_PATTERN;
import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static io.backstride.assessment.domain.screening.RuleExample.Journey.INITIAL_ASSESSMENT;
import static io.backstride.assessment.domain.screening.RuleExample.Journey.WEEKLY_CHECK_IN;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The clinical expectations: for every shipped rule at least one answer change that fires it and one
 * that does not, as near to the boundary as the rule allows. Red flags also carry the level the
 * clinical rules demand.
 */
public final class RuleExamples {

    /** Red-flag rules and the lowest level each must produce, per clinical-rules §1 and §4. */
    public static final Map<String, OutcomeLevel> RED_FLAG_LEVELS = Map.ofEntries(
            Map.entry("SCR-CES-BLADDER-BOWEL", OutcomeLevel.URGENT),
            Map.entry("SCR-CES-SADDLE", OutcomeLevel.URGENT),
            Map.entry("SCR-CES-LEG-WEAKNESS", OutcomeLevel.URGENT),
            Map.entry("SCR-CES-WALKING", OutcomeLevel.URGENT),
            Map.entry("SCR-LEG-SYMPTOMS", OutcomeLevel.REFER),
            Map.entry("SCR-PERSISTENT", OutcomeLevel.REFER),
            Map.entry("SCR-WORSENING", OutcomeLevel.REFER),
            Map.entry("SCR-NOT-RUNNING-RELATED", OutcomeLevel.REFER),
            Map.entry("SCR-CANCER-HISTORY", OutcomeLevel.REFER),
            Map.entry("SCR-ONSET-AGE", OutcomeLevel.REFER),
            Map.entry("SCR-NIGHT-PAIN", OutcomeLevel.REFER),
            Map.entry("SCR-WEIGHT-LOSS", OutcomeLevel.REFER),
            Map.entry("SCR-FEVER-UNWELL", OutcomeLevel.REFER),
            Map.entry("SCR-IMMUNE-OR-IV-DRUGS", OutcomeLevel.REFER),
            Map.entry("SCR-RECENT-INFECTION", OutcomeLevel.REFER),
            Map.entry("SCR-SIGNIFICANT-TRAUMA", OutcomeLevel.REFER),
            Map.entry("SCR-MINOR-TRAUMA-FRAGILE-BONE", OutcomeLevel.REFER),
            Map.entry("SCR-DEFORMITY", OutcomeLevel.REFER),
            Map.entry("SCR-NO-IMPROVEMENT", OutcomeLevel.REFER),
            Map.entry("RP-NOT-RUNNING-RELATED", OutcomeLevel.REFER),
            Map.entry("CI-CES-BLADDER-BOWEL", OutcomeLevel.URGENT),
            Map.entry("CI-CES-SADDLE", OutcomeLevel.URGENT),
            Map.entry("CI-CES-LEG-WEAKNESS", OutcomeLevel.URGENT),
            Map.entry("CI-CES-WALKING", OutcomeLevel.URGENT),
            Map.entry("CI-LEG-SYMPTOMS", OutcomeLevel.REFER),
            Map.entry("CI-NIGHT-PAIN", OutcomeLevel.REFER),
            Map.entry("CI-WEIGHT-LOSS", OutcomeLevel.REFER),
            Map.entry("CI-FEVER-UNWELL", OutcomeLevel.REFER),
            Map.entry("CI-NEW-TRAUMA", OutcomeLevel.REFER),
            Map.entry("CI-NEW-DIAGNOSIS", OutcomeLevel.REFER));

    private final List<RuleExample> examples = new ArrayList<>();

    private RuleExamples() {
        screening();
        runningPattern();
        painRatings();
        factors();
        checkIn();
    }

    public static List<RuleExample> all() {
        return List.copyOf(new RuleExamples().examples);
    }

    /** The examples that must fire a red flag: the triggers of the safety proofs. */
    public static List<RuleExample> redFlagTriggers() {
        return all().stream().filter(RuleExample::fires).filter(e -> RED_FLAG_LEVELS.containsKey(e.ruleId())).toList();
    }

    private void screening() {
        yesNo("SCR-CES-BLADDER-BOWEL", SCREENING, "bladderOrBowelChange", "new loss of bladder or bowel control or retention");
        yesNo("SCR-CES-SADDLE", SCREENING, "saddleNumbness", "numbness in the saddle area");
        yesNo("SCR-CES-LEG-WEAKNESS", SCREENING, "legWeaknessWorsening", "progressive weakness or numbness in the legs");
        yesNo("SCR-CES-WALKING", SCREENING, "walkingDifficultyNew", "new difficulty walking");
        yesNo("SCR-LEG-SYMPTOMS", SCREENING, "legSymptoms", "pain, pins and needles or numbness into the legs");
        yesNo("SCR-PERSISTENT", SCREENING, "painPersistent", "back pain that is there most of the time");
        yesNo("SCR-WORSENING", SCREENING, "painWorsening", "back pain getting worse");
        yesNo("SCR-NOT-RUNNING-RELATED", SCREENING, "painUnrelatedToRunning", "back pain not related to running");
        yesNo("SCR-CANCER-HISTORY", SCREENING, "cancerHistory", "history of cancer");
        fires("SCR-ONSET-AGE", "first onset at 19", a -> a.number(SCREENING, "ageAtFirstOnset", 19));
        fires("SCR-ONSET-AGE", "first onset at 51", a -> a.number(SCREENING, "ageAtFirstOnset", 51));
        quiet("SCR-ONSET-AGE", "first onset at 20", a -> a.number(SCREENING, "ageAtFirstOnset", 20));
        quiet("SCR-ONSET-AGE", "first onset at 50", a -> a.number(SCREENING, "ageAtFirstOnset", 50));
        yesNo("SCR-NIGHT-PAIN", SCREENING, "nightPainUnrelieved", "night pain not eased by rest or position");
        yesNo("SCR-WEIGHT-LOSS", SCREENING, "weightLossUnexplained", "unexplained weight loss");
        yesNo("SCR-FEVER-UNWELL", SCREENING, "feverOrUnwell", "fever or feeling unwell");
        yesNo("SCR-IMMUNE-OR-IV-DRUGS", SCREENING, "immunosuppressedOrIvDrugs", "immunosuppression or IV drug use");
        yesNo("SCR-RECENT-INFECTION", SCREENING, "recentBacterialInfection", "recent bacterial infection");
        yesNo("SCR-SIGNIFICANT-TRAUMA", SCREENING, "significantTrauma", "significant trauma");
        fires("SCR-MINOR-TRAUMA-FRAGILE-BONE", "minor trauma with osteoporosis or long-term steroids",
                a -> a.yes(SCREENING, "minorTrauma").yes(SCREENING, "osteoporosisOrSteroids"));
        quiet("SCR-MINOR-TRAUMA-FRAGILE-BONE", "minor trauma with healthy bones",
                a -> a.yes(SCREENING, "minorTrauma").no(SCREENING, "osteoporosisOrSteroids"));
        yesNo("SCR-DEFORMITY", SCREENING, "visibleDeformity", "visible spinal deformity");
        fires("SCR-NO-IMPROVEMENT", "no improvement at all after more than four weeks",
                a -> a.choice(SCREENING, "painDuration", "OVER_FOUR_WEEKS").no(SCREENING, "anyImprovement"));
        quiet("SCR-NO-IMPROVEMENT", "some improvement after more than four weeks",
                a -> a.choice(SCREENING, "painDuration", "OVER_FOUR_WEEKS").yes(SCREENING, "anyImprovement"));
        quiet("SCR-NO-IMPROVEMENT", "pain for two to four weeks",
                a -> a.choice(SCREENING, "painDuration", "TWO_TO_FOUR_WEEKS"));
    }

    private void runningPattern() {
        fires("RP-NOT-RUNNING-RELATED", "pain not linked to runs",
                a -> a.choice(RUNNING_PATTERN, "onset", "NOT_LINKED_TO_RUNNING").without(RUNNING_PATTERN, "onsetTiming"));
        quiet("RP-NOT-RUNNING-RELATED", "pain soon after runs",
                a -> a.choice(RUNNING_PATTERN, "onset", "SOON_AFTER_RUN").without(RUNNING_PATTERN, "onsetTiming"));
        fires("RP-SLOW-TO-SETTLE", "pain still there after a day", a -> a.choice(RUNNING_PATTERN, "settles", "LONGER_THAN_A_DAY"));
        quiet("RP-SLOW-TO-SETTLE", "pain settled by the next day", a -> a.choice(RUNNING_PATTERN, "settles", "WITHIN_A_DAY"));
        fires("RP-ATYPICAL-FEEL", "sharp, stabbing pain", a -> a.choice(RUNNING_PATTERN, "feelsLike", "SHARP_OR_STABBING"));
        fires("RP-ATYPICAL-FEEL", "burning pain", a -> a.choice(RUNNING_PATTERN, "feelsLike", "BURNING_OR_ELECTRIC"));
        quiet("RP-ATYPICAL-FEEL", "an ache or tightness", a -> a.choice(RUNNING_PATTERN, "feelsLike", "ACHE_OR_TIGHTNESS"));
    }

    private void painRatings() {
        fires("PR-RUN-PAIN-HIGH", "pain during runs of 6/10", a -> a.number(PAIN_RATINGS, "painDuringRun", 6));
        quiet("PR-RUN-PAIN-HIGH", "pain during runs of 5/10", a -> a.number(PAIN_RATINGS, "painDuringRun", 5));
        fires("PR-MORNING-PAIN-HIGH", "next-morning pain of 6/10", a -> a.number(PAIN_RATINGS, "painNextMorning", 6));
        quiet("PR-MORNING-PAIN-HIGH", "next-morning pain of 5/10", a -> a.number(PAIN_RATINGS, "painNextMorning", 5));
    }

    private void factors() {
        yesNo("RP-HABIT-STYLE", RUNNING_PATTERN, "styleUnchanged", "a running style never worked on");
        yesNo("RP-HABIT-ONE-POSITION", RUNNING_PATTERN, "holdsOnePosition", "holding one position on long runs");
        fires("RP-TECHNIQUE-RUN-TALL", "trying to run tall", a -> a.choice(RUNNING_PATTERN, "techniqueFocus", "RUN_TALL"));
        quiet("RP-TECHNIQUE-RUN-TALL", "no technique focus", a -> a.choice(RUNNING_PATTERN, "techniqueFocus", "NOTHING_IN_PARTICULAR"));
        fires("RP-TECHNIQUE-HIPS-BENT", "leaning forward while bent at the hips",
                a -> a.choice(RUNNING_PATTERN, "techniqueFocus", "LEAN_FORWARD").yes(RUNNING_PATTERN, "hipsStayBent"));
        quiet("RP-TECHNIQUE-HIPS-BENT", "leaning forward from the ankles",
                a -> a.choice(RUNNING_PATTERN, "techniqueFocus", "LEAN_FORWARD").no(RUNNING_PATTERN, "hipsStayBent"));
        fires("RP-TECHNIQUE-FRESH", "form a struggle even when fresh", a -> a.choice(RUNNING_PATTERN, "formWhenFresh", "ALREADY_A_STRUGGLE"));
        quiet("RP-TECHNIQUE-FRESH", "controlled form when fresh", a -> a.choice(RUNNING_PATTERN, "formWhenFresh", "CONTROLLED"));
        fires("RP-STRENGTH-TRAINING", "no strength training", a -> a.choice(RUNNING_PATTERN, "strengthTraining", "NEVER"));
        fires("RP-STRENGTH-TRAINING", "occasional strength training", a -> a.choice(RUNNING_PATTERN, "strengthTraining", "NOW_AND_THEN"));
        quiet("RP-STRENGTH-TRAINING", "weekly strength training", a -> a.choice(RUNNING_PATTERN, "strengthTraining", "WEEKLY_OR_MORE"));
        yesNo("RP-STRENGTH-HIP-DROP", RUNNING_PATTERN, "hipDropsOnStep", "hip drop on a step-up");
        fires("RP-FATIGUE-FORM", "losing form only when tired", a -> a.choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM"));
        quiet("RP-FATIGUE-FORM", "losing form when tired but struggling already when fresh",
                a -> a.choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM").choice(RUNNING_PATTERN, "formWhenFresh", "ALREADY_A_STRUGGLE"));
        fires("RP-FATIGUE-LATE-ONSET", "pain towards the end, growing with distance",
                a -> a.choice(RUNNING_PATTERN, "onsetTiming", "TOWARDS_THE_END").yes(RUNNING_PATTERN, "growsWithDistance"));
        quiet("RP-FATIGUE-LATE-ONSET", "pain towards the end, not growing with distance",
                a -> a.choice(RUNNING_PATTERN, "onsetTiming", "TOWARDS_THE_END").no(RUNNING_PATTERN, "growsWithDistance"));
    }

    private void checkIn() {
        checkInYesNo("CI-CES-BLADDER-BOWEL", "bladderOrBowelChange", "new loss of bladder or bowel control");
        checkInYesNo("CI-CES-SADDLE", "saddleNumbness", "new saddle numbness");
        checkInYesNo("CI-CES-LEG-WEAKNESS", "legWeaknessWorsening", "new or worse leg weakness");
        checkInYesNo("CI-CES-WALKING", "walkingDifficultyNew", "new difficulty walking");
        checkInYesNo("CI-LEG-SYMPTOMS", "legSymptoms", "new symptoms into the legs");
        checkInYesNo("CI-NIGHT-PAIN", "nightPainUnrelieved", "new night pain");
        checkInYesNo("CI-WEIGHT-LOSS", "weightLossUnexplained", "new unexplained weight loss");
        checkInYesNo("CI-FEVER-UNWELL", "feverOrUnwell", "new fever or feeling unwell");
        checkInYesNo("CI-NEW-TRAUMA", "newFallOrAccident", "a new fall or accident");
        checkInYesNo("CI-NEW-DIAGNOSIS", "newDiagnosis", "a new serious diagnosis");
        checkInFires("CI-TREND-RUN-PAIN", "pain during runs up 2 points (2 to 4)", a -> a.number(PAIN_RATINGS, "painDuringRun", 4));
        checkInQuiet("CI-TREND-RUN-PAIN", "pain during runs up 1 point (2 to 3)", a -> a.number(PAIN_RATINGS, "painDuringRun", 3));
        checkInFires("CI-TREND-MORNING-PAIN", "next-morning pain up 2 points (1 to 3)", a -> a.number(PAIN_RATINGS, "painNextMorning", 3));
        checkInQuiet("CI-TREND-MORNING-PAIN", "next-morning pain up 1 point (1 to 2)", a -> a.number(PAIN_RATINGS, "painNextMorning", 2));
        checkInFires("CI-TREND-REST-PAIN", "pain at rest up 2 points (0 to 2)", a -> a.number(PAIN_RATINGS, "painAtRest", 2));
        checkInQuiet("CI-TREND-REST-PAIN", "pain at rest up 1 point (0 to 1)", a -> a.number(PAIN_RATINGS, "painAtRest", 1));
        checkInFires("CI-TREND-FUNCTION", "function down 2 points (6 to 4)", a -> a.number(FUNCTION_SCALE, "activity1Rating", 4));
        checkInQuiet("CI-TREND-FUNCTION", "function down 1 point (6 to 5)", a -> a.number(FUNCTION_SCALE, "activity1Rating", 5));
    }

    private void yesNo(String ruleId, String instrumentId, String itemId, String what) {
        fires(ruleId, what, a -> a.yes(instrumentId, itemId));
        quiet(ruleId, "no " + what, a -> a.no(instrumentId, itemId));
    }

    private void checkInYesNo(String ruleId, String itemId, String what) {
        checkInFires(ruleId, what, a -> a.yes(CHECK_IN, itemId));
        checkInQuiet(ruleId, "no " + what, a -> a.no(CHECK_IN, itemId));
    }

    private void fires(String ruleId, String specification, UnaryOperator<AnswerSet> change) {
        examples.add(new RuleExample(ruleId, INITIAL_ASSESSMENT, true, specification, change));
    }

    private void quiet(String ruleId, String specification, UnaryOperator<AnswerSet> change) {
        examples.add(new RuleExample(ruleId, INITIAL_ASSESSMENT, false, specification, change));
    }

    private void checkInFires(String ruleId, String specification, UnaryOperator<AnswerSet> change) {
        examples.add(new RuleExample(ruleId, WEEKLY_CHECK_IN, true, specification, change));
    }

    private void checkInQuiet(String ruleId, String specification, UnaryOperator<AnswerSet> change) {
        examples.add(new RuleExample(ruleId, WEEKLY_CHECK_IN, false, specification, change));
    }
}
