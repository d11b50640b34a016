package io.backstride.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an id: a well-formed incoming {@code X-Request-Id} is kept, anything else is replaced by a
 * UUID. The id goes downstream, back to the caller, into every log line of the request (MDC) and into problem
 * details. A {@link WebFilter} rather than a gateway {@code GlobalFilter}, so that requests no route matches
 * (404s, actuator) and Spring Security's rejections (401, 403, 400) carry an id too.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** The id as an exchange attribute, for code running outside this filter's Reactor context (error handling). */
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    // Same rule as the services' platform library: ids end up in logs and headers, so nothing exotic gets through.
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    static {
        // Reactor's automatic context propagation (spring.reactor.context-propagation=auto) restores registered
        // thread locals from the subscriber context on whichever thread runs next: this puts the id into MDC there.
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }

    static String acceptOrCreate(@Nullable String incoming) {
        return incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    public static @Nullable String idOf(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = acceptOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, id);
        // Set when the response commits: a proxied response copies the service's headers in, possibly its own echo.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate().request(request -> request.headers(h -> h.set(HEADER, id))).build();
        return chain.filter(withId).contextWrite(Context.of(MDC_KEY, id));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
