package io.backstride.assessment.domain.screening;

import java.util.List;

/**
 * The instruments answered together. The screening instrument always; the others too, unless the
 * screening alone already sends the runner to a professional or to urgent care, so that nobody with a
 * red flag has to finish a questionnaire before being told.
 */
public record InstrumentSet(String screening, List<String> others) {

    public static final InstrumentSet INITIAL_ASSESSMENT =
            new InstrumentSet("screening", List.of("running-pattern", "pain-ratings", "function-scale"));

    public static final InstrumentSet WEEKLY_CHECK_IN =
            new InstrumentSet("check-in", List.of("pain-ratings", "function-scale"));

    public InstrumentSet {
        others = List.copyOf(others);
    }
}
