package io.backstride.identity.web;


import io.backstride.identity.application.Forbidden;
import io.backstride.identity.domain.Invitation;
import io.backstride.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for identity's own refusals; ordered before the platform's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblems {

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), request);
    }

    @ExceptionHandler(Invitation.InvitationRefused.class)
    ResponseEntity<ProblemDetail> invitationRefused(Invitation.InvitationRefused e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.GONE, "Invitation cannot be used", e.getMessage(), request);
        response.getBody().setProperty("reason", e.refusal().name());
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        return Problems.response(status, title, detail, request);
    }
}
