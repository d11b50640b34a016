package io.backstride.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import io.backstride.platform.security.ConsentRequiredException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.core.JacksonException;

/**
 * Every error a service returns is RFC 9457 problem details with the request id; validation failures list
 * every field and reason under {@code errors}. Unexpected failures give a 500 without internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
                "The request breaks " + e.violations().size() + " rule(s); see errors.", request);
        problem.setProperty("errors", e.violations());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e, WebRequest request) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage())).toList();
        return invalid(new InvalidRequestException(violations), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Concurrent change",
                "The resource changed while this request was processed; fetch it again and retry.", request));
    }

    /** The database is out of reach or its connections are all busy: the request may succeed if retried later. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<Object> unavailable(DataAccessResourceFailureException e, WebRequest request) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                        "The service cannot reach its database right now; retry shortly.", request));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request));
    }

    /** An object-level refusal: the caller may use the route, but not for this object. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), request));
    }

    @ExceptionHandler(ConsentRequiredException.class)
    ResponseEntity<Object> consentRequired(ConsentRequiredException e, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Consent required", e.getMessage(), request);
        problem.setType(ConsentRequiredException.TYPE);
        problem.setProperty("reason", "consent-required");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; the request id helps us find out what.", request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> violations.add(new Violation(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> violations.add(new Violation(g.getObjectName(), g.getDefaultMessage())));
        return invalid(new InvalidRequestException(violations), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new Violation(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return invalid(new InvalidRequestException(violations), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage(), request));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body", readableReason(e), request);
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(new Violation(path(mismatch), "has the wrong type or format")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found",
                "There is no " + e.getHttpMethod() + " /" + e.getResourcePath() + " here.", request));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            decorate(problem, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String readableReason(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "Field '" + path(mismatch) + "' has the wrong type or format.";
        }
        if (e.getCause() instanceof JacksonException) {
            return "The body is not valid JSON.";
        }
        return "The request body is missing or cannot be read.";
    }

    private static String path(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder();
        mismatch.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, WebRequest request) {
        return Problems.of(status, title, detail, path(request));
    }

    private static void decorate(ProblemDetail problem, WebRequest request) {
        Problems.decorate(problem, path(request));
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
