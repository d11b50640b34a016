package io.backstride.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import io.backstride.gateway.ratelimit.RateLimitProperties.Limit;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateLimitProperties properties = new RateLimitProperties("", Duration.ofMillis(500),
            new Limit(20, 40), new Limit(500, 1000));

    @Test
    void aFailingLimiterLetsTheRequestThroughAndIsCounted() {
        TokenBuckets broken = requested -> Mono.error(new IllegalStateException("Redis is down"));
        RateLimitFilter filter = new RateLimitFilter(broken, properties, meters);
        AtomicBoolean passed = new AtomicBoolean();

        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/identity/consent/current")),
                exchange -> Mono.fromRunnable(() -> passed.set(true))).block();

        assertThat(passed).isTrue();
        assertThat(meters.get("backstride.gateway.rate.limiter.errors").counter().count()).isEqualTo(1);
    }

    @Test
    void rejectionCountersExistBeforeTheFirstRejection() {
        new RateLimitFilter(requested -> Mono.never(), properties, meters);

        assertThat(meters.find("backstride.gateway.rate.limited").counters())
                .extracting(counter -> counter.getId().getTag("kind"))
                .containsExactlyInAnyOrder("user", "client", "anonymous");
    }
}
