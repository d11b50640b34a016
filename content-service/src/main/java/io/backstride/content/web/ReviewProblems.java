package io.backstride.content.web;

import io.backstride.content.domain.review.SelfApprovalException;
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
 * Self-approval is refused with 403: the item could be approved, just not by this person (the two-person
 * rule), so it is a matter of who asks (the token's subject), like the route's role checks, rather than a
 * conflict with the item's state (409) that another request could resolve.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewProblems {

    @ExceptionHandler(SelfApprovalException.class)
    ResponseEntity<ProblemDetail> selfApproval(SelfApprovalException e, HttpServletRequest request) {
        return Problems.response(HttpStatus.FORBIDDEN, "Self-approval is not allowed",
                "A second person must approve: " + e.reviewer() + " wrote or edited this version.", request);
    }
}
