package io.backstride.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rejects request bodies over the limit with 413. The gateway buffers bodies in memory (the circuit breaker's
 * fallback and the retry filter both need to replay them), so the limit is what bounds that memory. A declared
 * {@code Content-Length} is checked up front; a chunked body is counted as it streams, so leaving the length out
 * does not get around the limit. Unlike the gateway's {@code RequestSize} filter, the rejection is an error that
 * {@link ProblemExceptionHandler} renders as problem details.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;

    public RequestSizeLimitFilter(@Value("${backstride.gateway.max-request-size:1MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(request)).build());
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the limit of " + maxBytes + " bytes.");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private final class CountingRequest extends ServerHttpRequestDecorator {

        CountingRequest(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge());
                }
                else {
                    sink.next(buffer);
                }
            });
        }
    }
}
