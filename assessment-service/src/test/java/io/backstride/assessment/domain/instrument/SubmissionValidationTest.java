package io.backstride.assessment.domain.instrument;

import static io.backstride.assessment.domain.instrument.ProblemCode.ANSWER_TO_HIDDEN_ITEM;
import static io.backstride.assessment.domain.instrument.ProblemCode.MISSING_REQUIRED;
import static io.backstride.assessment.domain.instrument.ProblemCode.OUT_OF_RANGE;
import static io.backstride.assessment.domain.instrument.ProblemCode.STALE_INSTRUMENT_VERSION;
import static io.backstride.assessment.domain.instrument.ProblemCode.TOO_LONG;
import static io.backstride.assessment.domain.instrument.ProblemCode.UNKNOWN_ITEM;
import static io.backstride.assessment.domain.instrument.ProblemCode.UNKNOWN_OPTION;
import static io.backstride.assessment.domain.instrument.ProblemCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionValidationTest {

    @Test
    void acceptsACompleteWellFormedSubmission() {
        var validated = SmallInstrument.validate(SmallInstrument.cleanAnswers());
        assertThat(validated.problems()).isEmpty();
        assertThat(validated.answers().itemIds()).containsExactly("runs", "longRuns", "feel", "pain", "age");
    }

    @Test
    void reportsEveryBadFieldAtOnceNotJustTheFirst() {
        var answers = new HashMap<String, Answer>();
        answers.put("runs", Answer.number(1));
        answers.put("feel", Answer.text("SO_SO"));
        answers.put("pain", Answer.number(11));
        answers.put("note", Answer.text("far too long for ten"));
        answers.put("shoeSize", Answer.number(44));
        var problems = SmallInstrument.validate(answers).problems();
        assertThat(problems).extracting(ValidationProblem::field, ValidationProblem::code).containsExactlyInAnyOrder(
                tuple("small.shoeSize", UNKNOWN_ITEM),
                tuple("small.runs", WRONG_TYPE),
                tuple("small.feel", UNKNOWN_OPTION),
                tuple("small.pain", OUT_OF_RANGE),
                tuple("small.age", MISSING_REQUIRED),
                tuple("small.note", TOO_LONG));
    }

    @ParameterizedTest(name = "{0} answered with {1} is the wrong type")
    @CsvSource({"runs, number", "runs, text", "feel, yes", "feel, number", "pain, yes", "pain, text",
            "age, text", "note, yes", "note, number", "runs, list"})
    void reportsAnswerOfTheWrongTypeForEveryItemType(String itemId, String shape) {
        var answers = SmallInstrument.cleanAnswers();
        answers.put(itemId, switch (shape) {
            case "number" -> Answer.number(1);
            case "text" -> Answer.text("yes");
            case "yes" -> Answer.yes();
            default -> Answer.fromJson(List.of(true));
        });
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::itemId, ValidationProblem::code)
                .containsExactly(tuple(itemId, WRONG_TYPE));
    }

    @ParameterizedTest(name = "{0} = {1} is out of range")
    @CsvSource({"pain, -1", "pain, 11", "age, 15", "age, 101"})
    void reportsNumbersOutOfRange(String itemId, double value) {
        var answers = SmallInstrument.cleanAnswers();
        answers.put(itemId, Answer.number(value));
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::code).containsExactly(OUT_OF_RANGE);
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @CsvSource({"pain, 0", "pain, 10", "age, 16", "age, 100"})
    void acceptsNumbersOnTheBoundsOfTheirRange(String itemId, double value) {
        var answers = SmallInstrument.cleanAnswers();
        answers.put(itemId, Answer.number(value));
        assertThat(SmallInstrument.validate(answers).problems()).isEmpty();
    }

    @Test
    void refusesAHalfPointOnAWholeNumberScale() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("pain", Answer.number(6.5));
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::code).containsExactly(WRONG_TYPE);
    }

    @Test
    void requiredItemHiddenBySkipLogicIsNotRequired() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("runs", Answer.no());
        answers.remove("longRuns");
        assertThat(SmallInstrument.validate(answers).problems()).isEmpty();
    }

    @Test
    void requiredItemShownBySkipLogicIsRequired() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("longRuns", Answer.yes());
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::itemId, ValidationProblem::code)
                .containsExactly(tuple("longRunPain", MISSING_REQUIRED));
    }

    @Test
    void reportsAnAnswerLeftOverForAHiddenItem() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("runs", Answer.no());
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::itemId, ValidationProblem::code)
                .containsExactly(tuple("longRuns", ANSWER_TO_HIDDEN_ITEM));
    }

    @Test
    void hidesAWholeChainOfFollowUpsWhenTheFirstQuestionHidesThem() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("runs", Answer.no());
        answers.remove("longRuns");
        var validated = SmallInstrument.validate(answers);
        assertThat(validated.problems()).isEmpty();
        assertThat(validated.answers().has("longRunPain")).isFalse();
    }

    @Test
    void doesNotAlsoReportAFollowUpWhoseQuestionWasAnsweredBadly() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("runs", Answer.text("maybe"));
        answers.put("longRuns", Answer.yes());
        answers.put("longRunPain", Answer.number(4));
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::itemId)
                .containsExactly("runs");
    }

    @Test
    void stillChecksTheTypeOfAFollowUpWhoseQuestionWasAnsweredBadly() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("runs", Answer.text("maybe"));
        answers.put("longRuns", Answer.number(3));
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::itemId)
                .containsExactly("runs", "longRuns");
    }

    @Test
    void blankTextOrNullCountsAsNoAnswer() {
        var values = new HashMap<String, Object>();
        values.put("runs", false);
        values.put("feel", "GOOD");
        values.put("pain", 3);
        values.put("age", null);
        values.put("note", "   ");
        var validated = SubmissionValidation.validate(SmallInstrument.instrument(),
                Submission.fromJson(SmallInstrument.ID, SmallInstrument.VERSION, values));
        assertThat(validated.problems()).extracting(ValidationProblem::itemId, ValidationProblem::code)
                .containsExactly(tuple("age", MISSING_REQUIRED));
        assertThat(validated.answers().has("note")).isFalse();
    }

    @Test
    void readsJsonValuesAsTheAnswerShapesItemsTake() {
        assertThat(Answer.fromJson(true)).isEqualTo(Answer.yes());
        assertThat(Answer.fromJson(7)).isEqualTo(Answer.number(7));
        assertThat(Answer.fromJson(7.5)).isEqualTo(Answer.number(7.5));
        assertThat(Answer.fromJson("GOOD")).isEqualTo(Answer.text("GOOD"));
        assertThat(Answer.fromJson(Map.of())).isInstanceOf(Answer.Unreadable.class);
    }

    @Test
    void refusesAnswersToAnOlderVersionOfTheInstrumentWithoutReadingThem() {
        var validated = SubmissionValidation.validate(SmallInstrument.instrument(),
                new Submission(SmallInstrument.ID, "3.0.0", SmallInstrument.cleanAnswers()));
        assertThat(validated.problems()).extracting(ValidationProblem::code).containsExactly(STALE_INSTRUMENT_VERSION);
        assertThat(validated.answers().itemIds()).isEmpty();
    }

    @Test
    void problemDetailsNeverRepeatWhatTheRunnerTyped() {
        var answers = SmallInstrument.cleanAnswers();
        answers.put("note", Answer.text("Sore after Brighton 10k"));
        answers.put("feel", Answer.text("Feeling awful today"));
        assertThat(SmallInstrument.validate(answers).problems()).extracting(ValidationProblem::detail)
                .hasSize(2).noneMatch(detail -> detail.contains("Brighton") || detail.contains("awful"));
    }
}
