package io.backstride.gateway.web;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofBytes(100));

    /** A chain that reads the whole body, as the gateway does before proxying. */
    private final WebFilterChain readsBody = exchange -> DataBufferUtils.join(exchange.getRequest().getBody())
            .doOnNext(DataBufferUtils::release)
            .then();

    @Test
    void rejectsADeclaredLengthOverTheLimitBeforeReadingAnything() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/v1/content").contentLength(101).body("x".repeat(101)));

        StepVerifier.create(filter.filter(exchange, next -> Mono.error(new AssertionError("chain reached"))))
                .verifyErrorSatisfies(RequestSizeLimitFilterTest::isContentTooLarge);
    }

    @Test
    void passesABodyAtTheLimit() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/v1/content").body(chunks(60, 40)));

        StepVerifier.create(filter.filter(exchange, readsBody)).verifyComplete();
    }

    @Test
    void rejectsAChunkedBodyOnceItPassesTheLimit() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/v1/content").body(chunks(60, 40, 1)));

        StepVerifier.create(filter.filter(exchange, readsBody))
                .verifyErrorSatisfies(RequestSizeLimitFilterTest::isContentTooLarge);
    }

    private static Flux<DataBuffer> chunks(int... sizes) {
        return Flux.fromStream(IntStream.of(sizes)
                .mapToObj(size -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size])));
    }

    private static void isContentTooLarge(Throwable error) {
        assertThat(error).isInstanceOfSatisfying(ResponseStatusException.class,
                status -> assertThat(status.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }
}
