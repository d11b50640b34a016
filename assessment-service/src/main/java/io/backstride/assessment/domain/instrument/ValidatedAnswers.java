package io.backstride.assessment.domain.instrument;

import java.util.List;

/**
 * A submission checked against its instrument.
 *
 * @param answers  the well-formed answers to shown items; rules and scores read only these
 * @param problems every problem found, in item order
 */
public record ValidatedAnswers(Instrument instrument, Answers answers, List<ValidationProblem> problems) {

    public ValidatedAnswers {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
