package io.backstride.assessment.domain.screening;

import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.instrument.ProblemCode;
import io.backstride.assessment.domain.instrument.Submission;
import io.backstride.assessment.domain.instrument.ValidationProblem;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitialAssessmentTest {

    @Test
    void givesARunnerWithTheTypicalRunningPatternAProgrammeWithAProfile() {
        var result = ShippedInstruments.assessed(CleanRunner.initialAssessment());
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED);
        assertThat(result.allowsProgramme()).isTrue();
        assertThat(result.firedRules()).isEmpty();
        assertThat(result.profile()).isPresent();
        assertThat(result.urgentCare()).isEmpty();
        assertThat(result.instruments()).containsExactly(new InstrumentVersion("screening", "1.0.0"),
                new InstrumentVersion("running-pattern", "1.0.0"), new InstrumentVersion("pain-ratings", "1.0.0"),
                new InstrumentVersion("function-scale", "1.0.0"));
    }

    @Test
    void refersRunnerWithLegNumbness() {
        var result = ShippedInstruments.assessed(CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms"));
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.REFER);
        assertThat(result.allowsProgramme()).isFalse();
        assertThat(result.urgentCare()).isEmpty();
    }

    @Test
    void sendsRunnerWithSaddleNumbnessToUrgentCareInTheSameResult() {
        var result = ShippedInstruments.assessed(CleanRunner.initialAssessment().yes(SCREENING, "saddleNumbness"));
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.URGENT);
        assertThat(result.allowsProgramme()).isFalse();
        var urgentCare = result.urgentCare().orElseThrow();
        assertThat(urgentCare.advice().locale()).isEqualTo("en-GB");
        assertThat(urgentCare.advice().message()).contains("A&E", "NHS 111");
        assertThat(urgentCare.rules()).extracting(FiredRule::ruleId).containsExactly("SCR-CES-SADDLE");
    }

    @Test
    void startsGentlyWhenPainDuringRunsIsAboveFive() {
        var result = ShippedInstruments.assessed(CleanRunner.initialAssessment().number("pain-ratings", "painDuringRun", 6));
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.PROCEED_WITH_CAUTION);
        assertThat(result.allowsProgramme()).isTrue();
    }

    @Test
    void highestOutcomeWinsAndEveryRuleThatFiredIsListedHighestFirst() {
        var answers = CleanRunner.initialAssessment()
                .number("pain-ratings", "painDuringRun", 7)
                .yes(SCREENING, "cancerHistory")
                .yes(SCREENING, "walkingDifficultyNew")
                .number(SCREENING, "ageAtFirstOnset", 55);
        var result = ShippedInstruments.assessed(answers);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.URGENT);
        assertThat(result.firedRules()).extracting(FiredRule::ruleId, FiredRule::level).containsExactly(
                tuple("SCR-CES-WALKING", OutcomeLevel.URGENT),
                tuple("SCR-CANCER-HISTORY", OutcomeLevel.REFER),
                tuple("SCR-ONSET-AGE", OutcomeLevel.REFER),
                tuple("PR-RUN-PAIN-HIGH", OutcomeLevel.PROCEED_WITH_CAUTION));
    }

    @Test
    void eachFiredRuleCarriesItsReasonTheRuleVersionTheInstrumentVersionAndItsInputs() {
        var answers = CleanRunner.initialAssessment().yes(SCREENING, "minorTrauma").yes(SCREENING, "osteoporosisOrSteroids");
        var fired = ShippedInstruments.assessed(answers).firedRules().getFirst();
        assertThat(fired.ruleId()).isEqualTo("SCR-MINOR-TRAUMA-FRAGILE-BONE");
        assertThat(fired.ruleVersion()).isEqualTo(1);
        assertThat(fired.instrument()).isEqualTo(new InstrumentVersion("screening", "1.0.0"));
        assertThat(fired.kind()).isEqualTo(RuleKind.SAFETY);
        assertThat(fired.reasonKey()).isEqualTo("reason.SCR-MINOR-TRAUMA-FRAGILE-BONE");
        assertThat(fired.reason()).contains("bones");
        assertThat(fired.inputs()).containsExactly(Map.entry("minorTrauma", "YES"), Map.entry("osteoporosisOrSteroids", "YES"));
    }

    @Test
    void doesNotMakeARunnerWithARedFlagFinishTheOtherQuestionnaires() {
        var screeningOnly = CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms").only(SCREENING);
        var result = ShippedInstruments.assessed(screeningOnly);
        assertThat(result.outcome()).isEqualTo(OutcomeLevel.REFER);
        assertThat(result.profile()).isEmpty();
    }

    @Test
    void asksForTheOtherQuestionnairesWhenTheScreeningIsClear() {
        var result = ShippedInstruments.assess(CleanRunner.initialAssessment().only(SCREENING));
        assertThat(result).isInstanceOf(AssessmentResult.Rejected.class);
        assertThat(((AssessmentResult.Rejected) result).problems()).extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("running-pattern", ProblemCode.MISSING_INSTRUMENT),
                        tuple("pain-ratings", ProblemCode.MISSING_INSTRUMENT),
                        tuple("function-scale", ProblemCode.MISSING_INSTRUMENT));
    }

    @Test
    void refusesAnAssessmentWithoutTheScreening() {
        var result = ShippedInstruments.assess(CleanRunner.initialAssessment().withoutInstrument(SCREENING));
        assertThat(((AssessmentResult.Rejected) result).problems()).extracting(ValidationProblem::field)
                .containsExactly("screening");
    }

    @Test
    void stillGivesUrgentCareAdviceWhenTheRestOfTheSubmissionHasProblems() {
        var answers = CleanRunner.initialAssessment()
                .yes(SCREENING, "saddleNumbness")
                .without(SCREENING, "cancerHistory")
                .with(SCREENING, "ageAtFirstOnset", Answer.text("forty"));
        var result = ShippedInstruments.assess(answers);
        assertThat(result).isInstanceOf(AssessmentResult.Rejected.class);
        var rejected = (AssessmentResult.Rejected) result;
        assertThat(rejected.problems()).extracting(ValidationProblem::field)
                .containsExactly("screening.cancerHistory", "screening.ageAtFirstOnset");
        assertThat(rejected.urgentCare()).get().extracting(urgentCare -> urgentCare.advice().headline())
                .isEqualTo("Please get medical help now");
        assertThat(rejected.allowsProgramme()).isFalse();
    }

    @Test
    void aRejectedSubmissionWithoutUrgentSignsCarriesNoUrgentAdvice() {
        var result = (AssessmentResult.Rejected) ShippedInstruments.assess(
                CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms").without(SCREENING, "cancerHistory"));
        assertThat(result.urgentCare()).isEmpty();
    }

    @Test
    void refusesAnswersToAStaleVersionOfAnInstrument() {
        var submissions = new ArrayList<>(CleanRunner.initialAssessment().submissions(ShippedInstruments.CATALOGUE));
        var screening = submissions.removeFirst();
        submissions.addFirst(new Submission(screening.instrumentId(), "0.9.0", screening.answers()));
        var result = ShippedInstruments.INITIAL_ASSESSMENT.evaluate(new AssessmentSubmission(Locale.UK, submissions));
        assertThat(((AssessmentResult.Rejected) result).problems()).extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("screening", ProblemCode.STALE_INSTRUMENT_VERSION));
    }

    @Test
    void refusesAnUnknownInstrumentAndAnInstrumentAnsweredTwice() {
        var submissions = new ArrayList<>(CleanRunner.initialAssessment().submissions(ShippedInstruments.CATALOGUE));
        submissions.add(submissions.getFirst());
        submissions.add(new Submission("oswestry", "1.0.0", Map.of("q1", Answer.yes())));
        var result = ShippedInstruments.INITIAL_ASSESSMENT.evaluate(new AssessmentSubmission(Locale.UK, submissions));
        assertThat(((AssessmentResult.Rejected) result).problems()).extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("screening", ProblemCode.DUPLICATE_INSTRUMENT),
                        tuple("oswestry", ProblemCode.UNKNOWN_INSTRUMENT));
    }

    @Test
    void listsEveryProblemOfEveryInstrumentTogether() {
        var answers = CleanRunner.initialAssessment()
                .without(SCREENING, "legSymptoms")
                .choice("running-pattern", "onset", "SOMETIMES")
                .number("pain-ratings", "painAtRest", 12)
                .with("function-scale", "activity1", Answer.text("x".repeat(61)));
        var result = (AssessmentResult.Rejected) ShippedInstruments.assess(answers);
        assertThat(result.problems()).extracting(ValidationProblem::field, ValidationProblem::code).containsExactly(
                tuple("screening.legSymptoms", ProblemCode.MISSING_REQUIRED),
                tuple("running-pattern.onset", ProblemCode.UNKNOWN_OPTION),
                tuple("pain-ratings.painAtRest", ProblemCode.OUT_OF_RANGE),
                tuple("function-scale.activity1", ProblemCode.TOO_LONG));
    }

    @Test
    void givesTheSameResultForTheSameSubmission() {
        var answers = CleanRunner.initialAssessment().yes(SCREENING, "feverOrUnwell").choice("running-pattern", "strengthTraining", "NEVER");
        assertThat(ShippedInstruments.assess(answers)).isEqualTo(ShippedInstruments.assess(answers));
    }
}
