package io.backstride.gateway.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static io.backstride.gateway.web.RequestIdFilter.HEADER;
import static io.backstride.gateway.web.RequestIdFilter.MDC_KEY;
import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "partner-app.req_0042", "3f2b8a4e-6f0c-4d3e-9a1b-2c3d4e5f6a7b",
            "a123456789b123456789c123456789d123456789e123456789f123456789abcd"})
    void keepsAWellFormedId(String incoming) {
        assertThat(RequestIdFilter.acceptOrCreate(incoming)).isEqualTo(incoming);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc1234", "has spaces", "semi;colon-id", "ümlaut-request", "line\nbreak-id",
            "a123456789b123456789c123456789d123456789e123456789f123456789abcde"})
    void replacesAMissingOrMalformedIdWithAUuid(String incoming) {
        String id = RequestIdFilter.acceptOrCreate(incoming);

        assertThat(id).isNotEqualTo(incoming);
        assertThat(UUID.fromString(id)).hasToString(id);
    }

    @Test
    void putsTheIdOnTheForwardedRequestTheResponseAndTheReactorContext() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/content/articles").header(HEADER, "req-12345678"));
        AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();
        AtomicReference<String> inContext = new AtomicReference<>();
        WebFilterChain chain = next -> {
            forwarded.set(next);
            return Mono.deferContextual(context -> {
                inContext.set(context.get(MDC_KEY));
                return next.getResponse().setComplete();
            });
        };

        filter.filter(exchange, chain).block();

        assertThat(forwarded.get().getRequest().getHeaders().getFirst(HEADER)).isEqualTo("req-12345678");
        assertThat(exchange.getResponse().getHeaders().getFirst(HEADER)).isEqualTo("req-12345678");
        assertThat(inContext.get()).isEqualTo("req-12345678");
        assertThat(RequestIdFilter.idOf(exchange)).isEqualTo("req-12345678");
    }
}
