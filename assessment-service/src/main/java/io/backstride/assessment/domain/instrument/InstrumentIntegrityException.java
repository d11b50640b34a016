package io.backstride.assessment.domain.instrument;

import java.util.List;

/** Instruments that must not be used: thrown at start-up, listing every problem found. */
public class InstrumentIntegrityException extends RuntimeException {

    private final List<String> problems;

    public InstrumentIntegrityException(List<String> problems) {
        super("Instruments failed their integrity check:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
