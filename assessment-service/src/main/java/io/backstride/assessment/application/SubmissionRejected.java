package io.backstride.assessment.application;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.backstride.assessment.domain.instrument.ValidationProblem;
import io.backstride.assessment.domain.screening.UrgentCare;

/**
 * A submission that cannot be decided: every bad field at once, nothing stored. When the well-formed answers
 * already fire an URGENT rule the urgent-care advice travels with the refusal, because the runner must be told
 * in this very response.
 */
public class SubmissionRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final transient Optional<UrgentCare> urgentCare;

    public SubmissionRejected(List<FieldProblem> problems, Optional<UrgentCare> urgentCare) {
        super(problems.size() + " problem(s) in the submission");
        this.problems = List.copyOf(problems);
        this.urgentCare = urgentCare;
    }

    static SubmissionRejected of(CheckedSubmission checked, List<ValidationProblem> answerProblems,
                                 Optional<UrgentCare> urgentCare) {
        return new SubmissionRejected(Stream.concat(checked.problems().stream(),
                answerProblems.stream().map(FieldProblem::of)).toList(), urgentCare);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Optional<UrgentCare> urgentCare() {
        return urgentCare;
    }
}
