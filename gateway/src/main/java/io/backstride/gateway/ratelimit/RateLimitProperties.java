package io.backstride.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits ({@code backstride.gateway.rate-limit.*}, from the {@code GATEWAY_RATE_LIMIT_*} variables and
 * {@code REDIS_URL} in application.yml).
 *
 * @param redisUrl where the buckets live, shared by every gateway instance; blank: in this instance's memory
 * @param redisTimeout longest wait for Redis before the request is let through unlimited
 * @param user the bucket of each token subject (a person, or a runner a partner app acts for)
 * @param client the bucket of each OAuth2 client ({@code client_id}), shared by everyone using that client
 */
@ConfigurationProperties("backstride.gateway.rate-limit")
public record RateLimitProperties(String redisUrl, Duration redisTimeout, Limit user, Limit client) {

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code perSecond} (fractions allowed).
     *
     * @param perSecond tokens added per second
     * @param burst the bucket's size
     */
    public record Limit(double perSecond, long burst) {

        public Limit {
            if (!(perSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs per-second > 0 and burst >= 1, not "
                        + perSecond + " and " + burst);
            }
        }

        /** Time for an empty bucket to fill up: after that long unused, a bucket is as good as a new one. */
        Duration refillTime() {
            return Duration.ofMillis((long) Math.ceil(burst / perSecond * 1000));
        }
    }
}
