package io.backstride.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Token buckets, taken from all together: a request passes when every one of its buckets has a token left, and then
 * takes one from each; otherwise it takes none. In memory ({@link InMemoryTokenBuckets}) or in Redis
 * ({@link RedisTokenBuckets}), with the same arithmetic.
 */
interface TokenBuckets {

    /**
     * @param key identifies the bucket, e.g. {@code user:<sub>}
     * @param kind what it limits, for the metric and the problem ({@code user}, {@code client}, {@code anonymous})
     * @param limit its size and refill rate
     */
    record Bucket(String key, String kind, RateLimitProperties.Limit limit) {
    }

    /**
     * @param allowed whether the request may pass
     * @param remaining whole tokens left in each bucket, in the order asked (0 in a bucket that refused)
     * @param retryAfter when the refusing buckets will have a token again (zero when allowed)
     */
    record Decision(boolean allowed, List<Long> remaining, Duration retryAfter) {
    }

    Mono<Decision> take(List<Bucket> buckets);
}
