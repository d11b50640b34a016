package io.backstride.gateway.security;


import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

import io.backstride.gateway.web.BreakerFallback;
import io.backstride.gateway.web.ProblemExceptionHandler;

/**
 * Turns Spring Security's rejections into errors that {@link ProblemExceptionHandler} renders as problem details,
 * like every other error of the gateway: 401 with {@code WWW-Authenticate: Bearer ...} (RFC 6750) when the token is
 * missing, malformed, badly signed, expired, or for another issuer or audience; 403 when the token lacks the role.
 */
final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        ProblemDetail problem;
        String challenge;
        if (failure instanceof OAuth2AuthenticationException invalid) {
            OAuth2Error error = invalid.getError();
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The bearer token is not valid (malformed, badly signed, expired, or not issued for this API).");
            challenge = "Bearer error=\"" + quotable(error.getErrorCode()) + "\""
                    + (error.getDescription() == null ? "" : ", error_description=\"" + quotable(error.getDescription()) + "\"");
        }
        else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "This request needs a bearer token from identity-service.");
            challenge = "Bearer";
        }
        ErrorResponseException error = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, failure);
        error.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return Mono.error(error);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The token does not carry a role allowed to call this path.");
        ErrorResponseException error = new ErrorResponseException(HttpStatus.FORBIDDEN, problem, denied);
        error.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return Mono.error(error);
    }

    static ErrorResponseException rejected(ServerExchangeRejectedException rejected) {
        // the reason quotes the offending path or header: not repeated to the caller
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request was rejected: its path or headers contain characters or sequences that are not allowed."),
                rejected);
    }

    static boolean keysUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwksCache.KeysUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** The keys to check the token could not be read: identity-service is down, the token may be fine. */
    static ErrorResponseException identityServiceUnavailable(Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The token cannot be checked right now: identity-service is unavailable. Please try again shortly.");
        problem.setType(BreakerFallback.SERVICE_UNAVAILABLE);
        problem.setTitle("Service unavailable");
        problem.setProperty("service", "identity-service");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, cause);
    }

    /** Header values are quoted strings: no quotes, backslashes or control characters inside. */
    private static String quotable(String text) {
        return text.replaceAll("[\"\\\\\\p{Cntrl}]", "'");
    }
}
