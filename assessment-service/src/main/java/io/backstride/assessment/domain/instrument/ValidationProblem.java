package io.backstride.assessment.domain.instrument;

/**
 * One bad field of a submission. The detail says what was expected and never repeats what the runner
 * typed.
 *
 * @param itemId {@code null} when the problem concerns the whole instrument
 */
public record ValidationProblem(String instrumentId, String itemId, ProblemCode code, String detail) {

    /** The field as a request path, e.g. {@code screening.saddleNumbness}. */
    public String field() {
        return itemId == null ? instrumentId : instrumentId + "." + itemId;
    }
}
