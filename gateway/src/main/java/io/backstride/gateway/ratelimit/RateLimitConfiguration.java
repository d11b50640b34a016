package io.backstride.gateway.ratelimit;

import java.time.Duration;

import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.util.StringUtils;

/**
 * The rate limiter's buckets: in Redis when {@code REDIS_URL} is set, in memory otherwise. Boot's Redis
 * auto-configuration is excluded (application.yml): without {@code REDIS_URL} nothing Redis is created at all, and
 * with it this class makes the one connection the limiter uses. Lettuce connects on first use, so the gateway starts
 * (and limits nothing, failing open) while Redis is down.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    static final String REDIS_URL = "backstride.gateway.rate-limit.redis-url";

    @Bean
    RateLimitFilter rateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimitFilter(buckets, properties, meters);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisUrlSet.class)
    static class InRedis {

        @Bean
        LettuceConnectionFactory rateLimitRedisConnectionFactory(RateLimitProperties properties) {
            String url = properties.redisUrl();
            LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                    .apply(RedisURI.create(url))
                    .commandTimeout(properties.redisTimeout())
                    .build();
            return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url), client);
        }

        @Bean
        ReactiveStringRedisTemplate rateLimitRedisTemplate(LettuceConnectionFactory rateLimitRedisConnectionFactory) {
            return new ReactiveStringRedisTemplate(rateLimitRedisConnectionFactory);
        }

        @Bean
        TokenBuckets redisTokenBuckets(ReactiveStringRedisTemplate rateLimitRedisTemplate, RateLimitProperties properties) {
            return new RedisTokenBuckets(rateLimitRedisTemplate, properties.redisTimeout());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisUrlNotSet.class)
    static class InMemory {

        @Bean
        TokenBuckets inMemoryTokenBuckets(RateLimitProperties properties) {
            Duration user = properties.user().refillTime();
            Duration client = properties.client().refillTime();
            Duration idle = user.compareTo(client) > 0 ? user : client;
            return new InMemoryTokenBuckets(idle.plusSeconds(1), System::nanoTime);
        }
    }

    static final class RedisUrlSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(REDIS_URL));
        }
    }

    static final class RedisUrlNotSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(REDIS_URL));
        }
    }
}
