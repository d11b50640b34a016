package io.backstride.gateway.web;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

/**
 * Where every route's circuit breaker forwards ({@code forward:/fallback}) when a call fails, times out or the
 * breaker is open. It answers with an error naming the service, which {@link ProblemExceptionHandler} renders, so
 * that a fallback looks like every other gateway error: 504 when the service was too slow, 503 otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class BreakerFallback {

    public static final URI SERVICE_UNAVAILABLE = URI.create("urn:backstride:problem:service-unavailable");
    public static final URI SERVICE_TIMEOUT = URI.create("urn:backstride:problem:service-timeout");

    private static final Logger log = LoggerFactory.getLogger(BreakerFallback.class);

    @Bean
    RouterFunction<ServerResponse> breakerFallbackRoute() {
        return RouterFunctions.route(RequestPredicates.path("/fallback"), BreakerFallback::fail);
    }

    private static Mono<ServerResponse> fail(ServerRequest request) {
        Throwable cause = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Route route = request.exchange().getAttribute(GATEWAY_ROUTE_ATTR);
        if (cause == null || route == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)); // called directly, not forwarded
        }
        String service = String.valueOf(route.getMetadata().getOrDefault("service", route.getId()));
        ErrorResponseException error = timedOut(cause) ? timeout(service, cause) : unavailable(service, cause);
        // the forward replaced the request's path; the request id (MDC) ties this line to the client's request
        log.warn("{} failed, answering {}: {}", service, error.getStatusCode().value(), cause.toString());
        return Mono.error(error);
    }

    /** The breaker's time limiter or the HTTP client's response timeout (a 504 status exception) fired. */
    private static boolean timedOut(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof ResponseStatusException status && status.getStatusCode() == HttpStatus.GATEWAY_TIMEOUT;
    }

    private static ErrorResponseException timeout(String service, Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                service + " did not answer in time.");
        problem.setType(SERVICE_TIMEOUT);
        problem.setTitle("Service timed out");
        problem.setProperty("service", service);
        return new ErrorResponseException(HttpStatus.GATEWAY_TIMEOUT, problem, cause);
    }

    private static ErrorResponseException unavailable(String service, Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is unavailable right now. Please try again shortly.");
        problem.setType(SERVICE_UNAVAILABLE);
        problem.setTitle("Service unavailable");
        problem.setProperty("service", service);
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, cause);
    }
}
