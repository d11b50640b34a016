package io.backstride.assessment.web;

import io.backstride.assessment.application.SubmissionRejected;
import io.backstride.assessment.web.ApiResponses.UrgentCareResponse;
import io.backstride.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused submission is a 422 problem listing every bad field (with a code) and, when the well-formed answers
 * already fire an URGENT rule, the urgent-care advice under {@code urgentCare}: the runner is told in this very
 * response even though nothing was stored.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionRejectedAdvice {

    @ExceptionHandler(SubmissionRejected.class)
    ResponseEntity<ProblemDetail> rejected(SubmissionRejected e, HttpServletRequest request) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid submission", e.urgentCare().isPresent()
                ? "Some answers need attention, but one or more answers mean you should get medical help now: see urgentCare."
                : "The submission has " + e.problems().size() + " problem(s); see errors. Nothing was stored.",
                request.getRequestURI());
        problem.setProperty("errors", e.problems());
        e.urgentCare().ifPresent(urgentCare -> problem.setProperty("urgentCare", UrgentCareResponse.of(urgentCare)));
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
