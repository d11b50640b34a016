package io.backstride.platform.it;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.backstride.platform.web.ConcurrencyLimitFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitFilterTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, JsonMapper.shared(), metrics);

    @Test
    void aRequestOverTheLimitIsShedWithA503ProblemAndRetryAfterWhileOneUnderItProceeds() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MockHttpServletResponse first = new MockHttpServletResponse();
        Thread busy = Thread.ofPlatform().start(() -> {
            try {
                filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/things"), first, (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse shed = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/things"), shed, new MockFilterChain());
        assertThat(shed.getStatus()).isEqualTo(503);
        assertThat(shed.getHeader("Retry-After")).isEqualTo("1");
        assertThat(shed.getContentType()).startsWith("application/problem+json");
        assertThat(metrics.counter("backstride.http.shed.requests").count()).isEqualTo(1);

        MockHttpServletResponse probe = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), probe, new MockFilterChain());
        assertThat(probe.getStatus()).as("probes are never shed").isEqualTo(200);

        release.countDown();
        busy.join(10_000);
        MockHttpServletResponse after = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/things"), after, new MockFilterChain());
        assertThat(after.getStatus()).as("the permit is given back").isEqualTo(200);
    }
}
