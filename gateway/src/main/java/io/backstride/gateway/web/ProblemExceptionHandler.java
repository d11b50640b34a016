package io.backstride.gateway.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Renders every error the gateway itself produces as RFC 9457 problem details ({@code application/problem+json}):
 * unknown routes, wrong methods, oversized bodies, unavailable or slow services. Errors that carry a status
 * ({@link ErrorResponse}: {@code ResponseStatusException}, {@code ErrorResponseException}, ...) keep it; anything
 * else is a 500 whose cause is logged but not shown. Responses proxied from services pass through untouched.
 */
@Component
@Order(-2) // ahead of Boot's DefaultErrorWebExceptionHandler (-1) and its own JSON error shape
public class ProblemExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final ServerResponse.Context writers;

    public ProblemExceptionHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> messageWriters = codecs.getWriters();
        this.writers = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return messageWriters;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error); // a proxied response is half sent: nothing to do but let the connection close
        }
        String path = exchange.getRequest().getURI().getRawPath();
        String requestId = RequestIdFilter.idOf(exchange);
        ErrorResponse response = asErrorResponse(error, path, requestId);
        ProblemDetail problem = response.getBody();
        if (problem.getStatus() == HttpStatus.NOT_FOUND.value()) {
            // WebFlux's own wording ("No static resource ...") describes its internals, not the gateway
            problem.setDetail("No route matches " + path + ".");
        }
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK); // what an absent type means (RFC 9457), spelled out for clients
        }
        problem.setInstance(URI.create(path)); // the path only: query strings may carry personal data
        problem.setProperty("requestId", requestId);
        return ServerResponse.status(response.getStatusCode())
                .headers(headers -> headers.addAll(response.getHeaders()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(rendered -> rendered.writeTo(exchange, writers));
    }

    private static ErrorResponse asErrorResponse(Throwable error, String path, String requestId) {
        if (error instanceof ErrorResponse withStatus) {
            return withStatus;
        }
        // Runs outside the request's Reactor context, so the id is put into MDC by hand for this one line.
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
            log.error("Unexpected error on {}", path, error);
        }
        return ErrorResponse.create(error, HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway could not handle this request.");
    }
}
