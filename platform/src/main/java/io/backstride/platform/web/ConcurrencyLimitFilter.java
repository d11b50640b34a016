package io.backstride.platform.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sheds load instead of falling over: with virtual threads nothing else bounds how many requests wait at once
 * (for a database connection, say), and every waiting request holds memory. Past the limit a request gets a 503
 * problem with {@code Retry-After} at once; the gateway and clients retry later. Actuator endpoints are never
 * shed, so probes and metrics keep answering under load.
 */
public class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final Semaphore permits;
    private final int limit;
    private final JsonMapper json;
    private final Counter shed;

    public ConcurrencyLimitFilter(int limit, JsonMapper json, MeterRegistry metrics) {
        this.permits = new Semaphore(limit);
        this.limit = limit;
        this.json = json;
        this.shed = Counter.builder("backstride.http.shed.requests")
                .description("Requests refused with 503 because the service was at its concurrency limit")
                .register(metrics);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!permits.tryAcquire()) {
            shed.increment();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "1");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "Service busy", "More than " + limit + " requests are in progress; retry shortly.",
                    request.getRequestURI())));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
