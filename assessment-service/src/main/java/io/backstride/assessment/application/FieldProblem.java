package io.backstride.assessment.application;

import io.backstride.assessment.domain.instrument.ValidationProblem;

/**
 * One bad field of a submission: where ({@code tenantId}, {@code screening.saddleNumbness}), a code a client can
 * act on, and what was expected. Never repeats what the runner typed.
 */
public record FieldProblem(String field, String code, String reason) {

    static FieldProblem of(ValidationProblem problem) {
        return new FieldProblem(problem.field(), problem.code().name(), problem.detail());
    }
}
