package io.backstride.assessment.domain.instrument;

import static io.backstride.assessment.domain.instrument.ProblemCode.ANSWER_TO_HIDDEN_ITEM;
import static io.backstride.assessment.domain.instrument.ProblemCode.MISSING_REQUIRED;
import static io.backstride.assessment.domain.instrument.ProblemCode.OUT_OF_RANGE;
import static io.backstride.assessment.domain.instrument.ProblemCode.STALE_INSTRUMENT_VERSION;
import static io.backstride.assessment.domain.instrument.ProblemCode.TOO_LONG;
import static io.backstride.assessment.domain.instrument.ProblemCode.UNKNOWN_ITEM;
import static io.backstride.assessment.domain.instrument.ProblemCode.UNKNOWN_OPTION;
import static io.backstride.assessment.domain.instrument.ProblemCode.WRONG_TYPE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a submission against its instrument and reports every problem at once. Skip logic is
 * applied item by item, in order, to the answers accepted so far: a hidden item is never required,
 * and an item whose visibility hangs on a bad or missing answer is not judged as missing or hidden
 * (only its own answer, if any, is checked), so the runner sees the real problem once.
 */
public final class SubmissionValidation {

    private final Instrument instrument;
    private final Submission submission;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final Map<String, Answer> accepted = new LinkedHashMap<>();
    private final Set<String> unsettled = new HashSet<>();

    private SubmissionValidation(Instrument instrument, Submission submission) {
        this.instrument = instrument;
        this.submission = submission;
    }

    public static ValidatedAnswers validate(Instrument instrument, Submission submission) {
        if (!instrument.id().equals(submission.instrumentId())) {
            throw new IllegalArgumentException(
                    "Submission for " + submission.instrumentId() + " checked against " + instrument.id());
        }
        return new SubmissionValidation(instrument, submission).run();
    }

    private ValidatedAnswers run() {
        if (!instrument.version().equals(submission.instrumentVersion())) {
            problem(null, STALE_INSTRUMENT_VERSION, "answers are for version " + submission.instrumentVersion()
                    + " but version " + instrument.version() + " is in force; fetch the instrument again");
            return new ValidatedAnswers(instrument, Answers.none(), problems);
        }
        reportUnknownItems();
        instrument.items().forEach(this::check);
        return new ValidatedAnswers(instrument, Answers.of(accepted), problems);
    }

    private void reportUnknownItems() {
        submission.answers().keySet().stream()
                .filter(itemId -> instrument.item(itemId).isEmpty())
                .sorted()
                .forEach(itemId -> problem(itemId, UNKNOWN_ITEM, "no such item in " + instrument.id()));
    }

    private void check(Item item) {
        var answer = submission.answers().get(item.id());
        var visibility = visibility(item);
        if (visibility == Visibility.UNDECIDED) {
            unsettled.add(item.id());
            if (answer != null) {
                problemWith(item, answer).ifPresent(problems::add);
            }
            return;
        }
        if (visibility == Visibility.HIDDEN) {
            if (answer != null) {
                problem(item.id(), ANSWER_TO_HIDDEN_ITEM, "this item is not shown for the answers given before it");
            }
            return;
        }
        if (answer == null) {
            if (item.required()) {
                problem(item.id(), MISSING_REQUIRED, "an answer is required");
                unsettled.add(item.id());
            }
            return;
        }
        problemWith(item, answer).ifPresentOrElse(problem -> {
            problems.add(problem);
            unsettled.add(item.id());
        }, () -> accepted.put(item.id(), answer));
    }

    private enum Visibility { SHOWN, HIDDEN, UNDECIDED }

    private Visibility visibility(Item item) {
        if (item.showIf() == null) {
            return Visibility.SHOWN;
        }
        if (item.showIf().itemIds().stream().anyMatch(unsettled::contains)) {
            return Visibility.UNDECIDED;
        }
        return item.showIf().holdsFor(Answers.of(accepted)) ? Visibility.SHOWN : Visibility.HIDDEN;
    }

    private Optional<ValidationProblem> problemWith(Item item, Answer answer) {
        return switch (item.type()) {
            case YES_NO -> answer instanceof Answer.YesNo ? none() : wrongType(item, "true or false");
            case SINGLE_CHOICE -> answer instanceof Answer.Text text
                    ? choiceProblem(item, text.value())
                    : wrongType(item, "one of the option values " + optionValues(item));
            case SCALE_0_10, NUMBER -> answer instanceof Answer.Numeric numeric
                    ? numberProblem(item, numeric.value())
                    : wrongType(item, "a number");
            case SHORT_TEXT -> answer instanceof Answer.Text text
                    ? textProblem(item, text.value())
                    : wrongType(item, "text");
        };
    }

    private Optional<ValidationProblem> choiceProblem(Item item, String value) {
        return item.option(value).isPresent()
                ? none()
                : Optional.of(of(item.id(), UNKNOWN_OPTION, "expected one of " + optionValues(item)));
    }

    private Optional<ValidationProblem> numberProblem(Item item, double value) {
        var range = item.numericRange();
        if (range.wholeNumbers() && value != Math.rint(value)) {
            return wrongType(item, "a whole number");
        }
        return range.contains(value)
                ? none()
                : Optional.of(of(item.id(), OUT_OF_RANGE, "expected a number from " + plain(range.min())
                        + " to " + plain(range.max())));
    }

    private Optional<ValidationProblem> textProblem(Item item, String value) {
        return value.length() <= item.maxLength()
                ? none()
                : Optional.of(of(item.id(), TOO_LONG, "at most " + item.maxLength() + " characters"));
    }

    private Optional<ValidationProblem> wrongType(Item item, String expected) {
        return Optional.of(of(item.id(), WRONG_TYPE, "expected " + expected));
    }

    private static Optional<ValidationProblem> none() {
        return Optional.empty();
    }

    private static List<String> optionValues(Item item) {
        return Collections.unmodifiableList(item.options().stream().map(Option::value).toList());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private void problem(String itemId, ProblemCode code, String detail) {
        problems.add(of(itemId, code, detail));
    }

    private ValidationProblem of(String itemId, ProblemCode code, String detail) {
        return new ValidationProblem(instrument.id(), itemId, code, detail);
    }
}
