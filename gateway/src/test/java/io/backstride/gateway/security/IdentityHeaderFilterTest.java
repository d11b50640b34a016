package io.backstride.gateway.security;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeaderFilterTest {

    @Test
    void removesIdentityHeadersWhateverTheirCaseAndKeepsTheRest() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/programmes/current")
                .header(HttpHeaders.AUTHORIZATION, "Bearer abc")
                .header("x-acting-user", "a").header("X-RUNNER-ID", "b").header("X-Tenant-Id", "c")
                .header("X-User-Id", "d").header("X-Roles", "e").header("X-Forwarded-User", "f")
                .header("X-Backstride-Anything", "g").header("X-Request-Id", "req-12345678")
                .header("X-Forwarded-For", "203.0.113.9"));
        AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

        new IdentityHeaderFilter().filter(exchange, next -> {
            forwarded.set(next);
            return next.getResponse().setComplete();
        }).block();

        assertThat(forwarded.get().getRequest().getHeaders().headerNames())
                .containsExactlyInAnyOrder(HttpHeaders.AUTHORIZATION, "X-Request-Id", "X-Forwarded-For");
        assertThat(forwarded.get().getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer abc");
    }
}
