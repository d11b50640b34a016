package io.backstride.assessment.domain.screening;

import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.OutcomeLevel;
import io.backstride.assessment.domain.instrument.ProblemCode;
import io.backstride.assessment.domain.instrument.Submission;
import io.backstride.assessment.domain.instrument.SubmissionValidation;
import io.backstride.assessment.domain.instrument.ValidatedAnswers;
import io.backstride.assessment.domain.instrument.ValidationProblem;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.scoring.Scoring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The submissions of one assessment or check-in, each validated against the instrument in force,
 * with every problem of every instrument collected together.
 */
public final class AnswerSheet {

    private final Map<String, ValidatedAnswers> byInstrument;
    private final List<ValidationProblem> problems;

    private AnswerSheet(Map<String, ValidatedAnswers> byInstrument, List<ValidationProblem> problems) {
        this.byInstrument = byInstrument;
        this.problems = List.copyOf(problems);
    }

    public static AnswerSheet read(InstrumentCatalogue catalogue, InstrumentSet set, List<Submission> submissions) {
        var byInstrument = new LinkedHashMap<String, ValidatedAnswers>();
        var problems = new ArrayList<ValidationProblem>();
        for (var submission : submissions) {
            var instrument = catalogue.find(submission.instrumentId());
            if (instrument.isEmpty()) {
                problems.add(new ValidationProblem(submission.instrumentId(), null, ProblemCode.UNKNOWN_INSTRUMENT,
                        "no such instrument"));
            } else if (byInstrument.containsKey(submission.instrumentId())) {
                problems.add(new ValidationProblem(submission.instrumentId(), null, ProblemCode.DUPLICATE_INSTRUMENT,
                        "answered more than once in one submission"));
            } else {
                var validated = SubmissionValidation.validate(instrument.get(), submission);
                byInstrument.put(submission.instrumentId(), validated);
                problems.addAll(validated.problems());
            }
        }
        requirePresent(set.screening(), byInstrument, problems);
        if (!screeningAlreadyRefers(set, byInstrument)) {
            set.others().forEach(id -> requirePresent(id, byInstrument, problems));
        }
        return new AnswerSheet(byInstrument, problems);
    }

    private static boolean screeningAlreadyRefers(InstrumentSet set, Map<String, ValidatedAnswers> byInstrument) {
        var screening = byInstrument.get(set.screening());
        return screening != null && screening.isValid()
                && SafetyRules.outcomeOf(screening.instrument(), screening.answers()).isAtLeast(OutcomeLevel.REFER);
    }

    private static void requirePresent(String id, Map<String, ValidatedAnswers> byInstrument,
                                       List<ValidationProblem> problems) {
        if (!byInstrument.containsKey(id)) {
            problems.add(new ValidationProblem(id, null, ProblemCode.MISSING_INSTRUMENT, "answers are required"));
        }
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Safety rules of every submitted instrument, run over the well-formed answers to shown items. On
     * a sheet with problems this is a partial view, good only for raising urgent care at once.
     */
    public List<FiredRule> firedSafetyRules(Locale locale) {
        return byInstrument.values().stream()
                .flatMap(validated -> SafetyRules.fire(validated.instrument(), validated.answers(), locale).stream())
                .toList();
    }

    public Scores scores() {
        return new Scores(byInstrument.values().stream()
                .flatMap(validated -> Scoring.score(validated.instrument(), validated.answers()).stream())
                .toList());
    }

    public Optional<ValidatedAnswers> answersTo(String instrumentId) {
        return Optional.ofNullable(byInstrument.get(instrumentId));
    }

    public List<ValidatedAnswers> all() {
        return List.copyOf(byInstrument.values());
    }

    public List<InstrumentVersion> instruments() {
        return byInstrument.values().stream().map(validated -> validated.instrument().identity()).toList();
    }
}
