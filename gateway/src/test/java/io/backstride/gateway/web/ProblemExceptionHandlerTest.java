package io.backstride.gateway.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(ServerCodecConfigurer.create());

    @Test
    void unexpectedErrorIsA500ProblemThatDoesNotShowItsCause() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/content/articles?token=abc"));
        exchange.getAttributes().put(RequestIdFilter.ATTRIBUTE, "req-12345678");

        handler.handle(exchange, new IllegalStateException("connection string mongodb://admin:secret@db")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"about:blank\"", "\"status\":500",
                        "\"detail\":\"The gateway could not handle this request.\"",
                        "\"instance\":\"/api/v1/content/articles\"", "\"requestId\":\"req-12345678\"")
                .doesNotContain("secret", "token");
    }
}
