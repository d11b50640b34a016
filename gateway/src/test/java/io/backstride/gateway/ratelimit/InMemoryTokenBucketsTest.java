package io.backstride.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.backstride.gateway.ratelimit.RateLimitProperties.Limit;
import io.backstride.gateway.ratelimit.TokenBuckets.Bucket;
import io.backstride.gateway.ratelimit.TokenBuckets.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryTokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(Duration.ofMinutes(1), nanos::get);
    private final Bucket user = new Bucket("user:runner-1", "user", new Limit(2, 4));
    private final Bucket client = new Bucket("client:partner", "client", new Limit(10, 6));

    @Test
    void allowsTheBurstThenRefusesUntilATokenHasRefilled() {
        for (long left = 3; left >= 0; left--) {
            assertThat(buckets.takeNow(List.of(user))).isEqualTo(new Decision(true, List.of(left), Duration.ZERO));
        }

        Decision refused = buckets.takeNow(List.of(user));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500)); // 1 token at 2 per second

        nanos.addAndGet(Duration.ofMillis(499).toNanos());
        assertThat(buckets.takeNow(List.of(user)).allowed()).isFalse();
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(buckets.takeNow(List.of(user)).allowed()).isTrue();
    }

    @Test
    void refillsUpToTheBurstOnly() {
        buckets.takeNow(List.of(user));
        nanos.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(buckets.takeNow(List.of(user)).remaining()).containsExactly(3L);
    }

    @Test
    void aRequestNeedsATokenFromEveryBucketAndARefusalTakesNone() {
        Bucket otherUser = new Bucket("user:runner-2", "user", new Limit(2, 4));
        for (int i = 0; i < 4; i++) {
            buckets.takeNow(List.of(user, client));
        }

        Decision refused = buckets.takeNow(List.of(user, client));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).containsExactly(0L, 2L); // the user bucket refused; the client's kept its tokens

        assertThat(buckets.takeNow(List.of(otherUser, client)).remaining()).containsExactly(3L, 1L);
        assertThat(buckets.takeNow(List.of(otherUser, client)).remaining()).containsExactly(2L, 0L);
        Decision clientEmpty = buckets.takeNow(List.of(otherUser, client));
        assertThat(clientEmpty.allowed()).isFalse();
        assertThat(clientEmpty.remaining()).containsExactly(2L, 0L);
        assertThat(clientEmpty.retryAfter()).isEqualTo(Duration.ofMillis(100));
    }
}
