package io.backstride.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the RFC 9457 problem details every Backstride error uses: status, title, detail, the request path as
 * {@code instance} and the request id. Service-specific exception handlers use it so each problem looks the same.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        decorate(problem, path);
        return problem;
    }

    /** Adds the request path and request id where they are missing. */
    public static void decorate(ProblemDetail problem, String path) {
        if (problem.getInstance() == null && path != null) {
            problem.setInstance(URI.create(path));
        }
        problem.setProperty("requestId", RequestIds.current());
    }

    /** A problem+json response for the current request. */
    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String title, String detail,
                                                         HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, title, detail, request.getRequestURI()));
    }
}
