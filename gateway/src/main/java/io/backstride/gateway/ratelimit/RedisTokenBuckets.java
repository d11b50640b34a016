package io.backstride.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Buckets in Redis ({@code REDIS_URL}), shared by every gateway instance. One Lua script checks and takes from all
 * of a request's buckets atomically, on Redis's clock (so instances with drifting clocks agree). Keys live under
 * {@code backstride:ratelimit:} and expire once a bucket would be full again. The script touches a user's and a
 * client's key together, so it needs a single Redis node (or primary with replicas/Sentinel), not Redis Cluster.
 */
final class RedisTokenBuckets implements TokenBuckets {

    static final String KEY_PREFIX = "backstride:ratelimit:";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SCRIPT =
            RedisScript.of(new ClassPathResource("ratelimit/token-buckets.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    RedisTokenBuckets(ReactiveStringRedisTemplate redis, Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
    }

    @Override
    public Mono<Decision> take(List<Bucket> buckets) {
        List<String> keys = buckets.stream().map(bucket -> KEY_PREFIX + bucket.key()).toList();
        List<String> args = new ArrayList<>();
        for (Bucket bucket : buckets) {
            args.add(Double.toString(bucket.limit().perSecond()));
            args.add(Long.toString(bucket.limit().burst()));
        }
        return redis.execute(SCRIPT, keys, args)
                .next()
                .timeout(timeout)
                .map(result -> decision(result, buckets.size()));
    }

    private static Decision decision(List<?> result, int buckets) {
        List<Long> remaining = new ArrayList<>(buckets);
        for (int i = 1; i <= buckets; i++) {
            remaining.add(((Number) result.get(i)).longValue());
        }
        return new Decision(((Number) result.get(0)).longValue() == 1, remaining,
                Duration.ofMillis(((Number) result.get(buckets + 1)).longValue()));
    }
}
