package io.backstride.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.backstride.gateway.security.SecurityConfiguration;

/**
 * Rate limits per user and per client, after authentication (it runs behind Spring Security's filter chain, so it
 * sees the validated token):
 * <ul>
 * <li>one bucket per token subject ({@code sub}: a person, or the runner a partner app acts for), and one per
 * OAuth2 client ({@code client_id}, shared by everyone using it, e.g. a partner app importing runs for many
 * runners); a request needs a token from both. A client acting for itself (client credentials: {@code sub} is the
 * client id) has only its client bucket;</li>
 * <li>requests without a token (the few public paths) share one bucket per remote address, with the client
 * limits.</li>
 * </ul>
 * A refused request is a 429 problem with {@code Retry-After}; allowed ones carry {@code RateLimit-Limit} and
 * {@code RateLimit-Remaining} of their tightest bucket. Documentation, probes and metrics are not limited. When
 * Redis does not answer in time the request passes (availability over limiting), logged and counted.
 */
public class RateLimitFilter implements WebFilter, Ordered {

    public static final URI RATE_LIMITED = URI.create("urn:backstride:problem:rate-limited");

    static final String LIMIT_HEADER = "RateLimit-Limit";
    static final String REMAINING_HEADER = "RateLimit-Remaining";

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final List<PathPattern> NOT_LIMITED = Arrays.stream(SecurityConfiguration.OPEN_PATHS)
            .map(PathPatternParser.defaultInstance::parse)
            .toList();
    private static final Duration ERROR_LOG_INTERVAL = Duration.ofSeconds(10);

    private final TokenBuckets buckets;
    private final RateLimitProperties properties;
    private final Counter userRejections;
    private final Counter clientRejections;
    private final Counter anonymousRejections;
    private final Counter limiterErrors;
    private final AtomicLong lastErrorLog = new AtomicLong(Long.MIN_VALUE);

    RateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, MeterRegistry meters) {
        this.buckets = buckets;
        this.properties = properties;
        this.userRejections = rejections(meters, "user");
        this.clientRejections = rejections(meters, "client");
        this.anonymousRejections = rejections(meters, "anonymous");
        this.limiterErrors = Counter.builder("backstride.gateway.rate.limiter.errors")
                .description("Requests let through unlimited because the rate limiter failed (Redis unreachable or slow)")
                .register(meters);
    }

    private static Counter rejections(MeterRegistry meters, String kind) {
        return Counter.builder("backstride.gateway.rate.limited")
                .description("Requests refused with 429, by the bucket that ran out")
                .tag("kind", kind)
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (NOT_LIMITED.stream().anyMatch(pattern -> pattern.matches(exchange.getRequest().getPath().pathWithinApplication()))) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> bucketsOf(((JwtAuthenticationToken) authentication).getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> anonymousBuckets(exchange)))
                .flatMap(requested -> check(exchange, requested))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    private List<TokenBuckets.Bucket> bucketsOf(Jwt jwt) {
        String subject = jwt.getSubject();
        String client = jwt.getClaimAsString("client_id");
        List<TokenBuckets.Bucket> requested = new ArrayList<>(2);
        if (subject != null && !Objects.equals(subject, client)) {
            requested.add(new TokenBuckets.Bucket("user:" + subject, "user", properties.user()));
        }
        if (client != null) {
            requested.add(new TokenBuckets.Bucket("client:" + client, "client", properties.client()));
        }
        return requested;
    }

    private List<TokenBuckets.Bucket> anonymousBuckets(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        return List.of(new TokenBuckets.Bucket("anonymous:" + address, "anonymous", properties.client()));
    }

    /** Empty when the request may pass (with the headers added), a 429 error otherwise. */
    private Mono<Void> check(ServerWebExchange exchange, List<TokenBuckets.Bucket> requested) {
        if (requested.isEmpty()) {
            return Mono.empty();
        }
        return buckets.take(requested)
                .onErrorResume(error -> {
                    failedOpen(error);
                    return Mono.empty();
                })
                .flatMap(decision -> {
                    int tightest = 0;
                    for (int i = 1; i < requested.size(); i++) {
                        if (decision.remaining().get(i) < decision.remaining().get(tightest)) {
                            tightest = i;
                        }
                    }
                    if (decision.allowed()) {
                        HttpHeaders headers = exchange.getResponse().getHeaders();
                        headers.set(LIMIT_HEADER, Long.toString(requested.get(tightest).limit().burst()));
                        headers.set(REMAINING_HEADER, Long.toString(decision.remaining().get(tightest)));
                        return Mono.empty();
                    }
                    List<String> refusedBy = new ArrayList<>();
                    for (int i = 0; i < requested.size(); i++) {
                        if (decision.remaining().get(i) < 1) {
                            refusedBy.add(requested.get(i).kind());
                            counter(requested.get(i).kind()).increment();
                        }
                    }
                    if (refusedBy.isEmpty()) { // cannot happen with either implementation; never a 429 without a reason
                        refusedBy.add(requested.get(tightest).kind());
                    }
                    return Mono.error(tooManyRequests(refusedBy, requested.get(tightest).limit(), decision.retryAfter()));
                });
    }

    private Counter counter(String kind) {
        return switch (kind) {
            case "user" -> userRejections;
            case "client" -> clientRejections;
            default -> anonymousRejections;
        };
    }

    private static ErrorResponseException tooManyRequests(List<String> refusedBy, RateLimitProperties.Limit limit,
            Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        String who = switch (refusedBy.contains("client") ? "client" : refusedBy.getFirst()) {
            case "user" -> "this user";
            case "client" -> "this client application";
            default -> "this address";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests for " + who + ". Please retry after " + seconds + " s.");
        problem.setType(RATE_LIMITED);
        problem.setTitle("Too many requests");
        problem.setProperty("limit", refusedBy.size() == 1 ? refusedBy.getFirst() : refusedBy);
        problem.setProperty("retryAfterSeconds", seconds);
        ErrorResponseException error = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        error.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        error.getHeaders().set(LIMIT_HEADER, Long.toString(limit.burst()));
        error.getHeaders().set(REMAINING_HEADER, "0");
        return error;
    }

    private void failedOpen(Throwable error) {
        limiterErrors.increment();
        long now = System.nanoTime();
        long last = lastErrorLog.get();
        if ((last == Long.MIN_VALUE || now - last > ERROR_LOG_INTERVAL.toNanos()) && lastErrorLog.compareAndSet(last, now)) {
            log.warn("Rate limiter failed, letting requests through unlimited: {}", error.toString());
        }
    }

    @Override
    public int getOrder() {
        return -90; // right behind Spring Security's filter chain (-100): the token has been validated
    }
}
