package io.backstride.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Identity comes from the token only. Headers a client could use to claim to be someone (or to act for someone) are
 * removed before anything else sees the request, so no service can be fooled by them, whatever it reads.
 * {@code Authorization} is forwarded unchanged: services validate the token again.
 */
@Component
public class IdentityHeaderFilter implements WebFilter, Ordered {

    /** Removed wherever they come from (compared without case). */
    public static final Set<String> IDENTITY_HEADERS = Set.of("x-acting-user", "x-runner-id", "x-tenant-id",
            "x-user-id", "x-roles", "x-forwarded-user");

    /** Every header with this prefix is removed too: the platform's own header namespace. */
    public static final String BACKSTRIDE_PREFIX = "x-backstride-";

    static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return IDENTITY_HEADERS.contains(lower) || lower.startsWith(BACKSTRIDE_PREFIX);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> spoofed = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(IdentityHeaderFilter::isIdentityHeader)
                .toList();
        if (spoofed.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(headers -> spoofed.forEach(headers::remove)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20; // after the request id and size limit, before Spring Security (-100)
    }
}
