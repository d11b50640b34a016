package io.backstride.platform.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.backstride.platform.events.EventTopics;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.platform.health.KafkaHealthIndicator;
import io.backstride.platform.health.MongoPingHealthIndicator;
import io.backstride.platform.inbox.DeadLetterEndpoint;
import io.backstride.platform.inbox.DeadLetters;
import io.backstride.platform.inbox.Inbox;
import io.backstride.platform.inbox.InvalidEventException;
import io.backstride.platform.inbox.ProcessedEvents;
import io.backstride.platform.outbox.MongoOutboxStore;
import io.backstride.platform.outbox.Outbox;
import io.backstride.platform.outbox.OutboxRelay;
import io.backstride.platform.outbox.OutboxRelayRunner;
import io.backstride.platform.outbox.OutboxSaveListener;
import io.backstride.platform.outbox.SweepLease;
import io.backstride.platform.web.ConcurrencyLimitFilter;
import io.backstride.platform.web.ProblemDetailsAdvice;
import io.backstride.platform.web.ProblemErrorController;
import io.backstride.platform.web.RequestIdFilter;
import io.backstride.platform.web.RequestSizeLimitFilter;
import io.cloudevents.rw.CloudEventRWException;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service defaults every Backstride service gets by depending on the platform: event publishing through
 * the outbox, idempotent consumption with retry and dead-letter topics, problem details, request ids, and
 * health checks that work against real MongoDB and the embedded server alike.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(BackstrideProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxEvents outboxEvents(BackstrideProperties properties, JsonMapper json, Clock clock) {
        return new OutboxEvents(properties.events().source(), json, clock);
    }

    @Bean
    EventTopics eventTopics(BackstrideProperties properties) {
        return new EventTopics(properties.events().partitions(), properties.events().replicationFactor());
    }

    /** A request waits a few seconds for a MongoDB connection, not the driver's two minutes, then fails with 503. */
    @Bean
    MongoClientSettingsBuilderCustomizer boundedMongoPoolWait(BackstrideProperties properties) {
        long wait = properties.mongo().poolWait().toMillis();
        return settings -> settings.applyToConnectionPoolSettings(pool -> pool.maxWaitTime(wait, TimeUnit.MILLISECONDS));
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    @Configuration(proxyBeanMethods = false)
    static class OutboxConfiguration {

        @Bean
        MongoOutboxStore outboxStore(MongoTemplate mongo) {
            MongoOutboxStore store = new MongoOutboxStore(mongo);
            store.declareIndexes();
            return store;
        }

        @Bean
        OutboxRelay outboxRelay(MongoOutboxStore store, KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo,
                                MongoMappingContext mapping, BackstrideProperties properties, Clock clock,
                                MeterRegistry metrics) {
            Set<String> collections = outboxCollections(mapping);
            var outbox = properties.outbox();
            SweepLease lease = new SweepLease(mongo, UUID.randomUUID().toString(), outbox.leaseDuration(), clock);
            return new OutboxRelay(store, kafka, lease, collections, outbox.batchSize(), outbox.sweepGrace(),
                    outbox.intentExpiry(), outbox.sendTimeout(), clock, metrics);
        }

        /** Every mapped document type with an {@code outbox} field of type {@link Outbox}. */
        private static Set<String> outboxCollections(MongoMappingContext mapping) {
            Set<String> collections = new TreeSet<>();
            for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
                var property = entity.getPersistentProperty(Outbox.FIELD);
                if (property != null && Outbox.class.equals(property.getType())) {
                    collections.add(entity.getCollection());
                }
            }
            return collections;
        }

        @Bean
        OutboxSaveListener outboxSaveListener(OutboxRelay relay, MongoMappingContext mapping) {
            return new OutboxSaveListener(relay, mapping);
        }

        @Bean
        @ConditionalOnProperty(name = "backstride.outbox.enabled", havingValue = "true", matchIfMissing = true)
        OutboxRelayRunner outboxRelayRunner(OutboxRelay relay, MongoOutboxStore store, BackstrideProperties properties,
                                            Clock clock, MeterRegistry metrics) {
            var outbox = properties.outbox();
            return new OutboxRelayRunner(relay, store, outbox.sweepInterval(), outbox.quietSweepInterval(),
                    outbox.workers(), clock, metrics);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class InboxConfiguration {

        @Bean
        ProcessedEvents processedEvents(MongoTemplate mongo, BackstrideProperties properties, Clock clock) {
            ProcessedEvents processed = new ProcessedEvents(mongo, properties.inbox().processedRetention(), clock);
            processed.declareIndexes();
            return processed;
        }

        @Bean
        Inbox inbox(@Value("${spring.kafka.consumer.group-id}") String group, ProcessedEvents processed,
                    MeterRegistry metrics) {
            return new Inbox(group, processed, metrics);
        }

        @Bean
        DeadLetters deadLetters(@Value("${spring.kafka.consumer.group-id}") String group, KafkaAdmin admin,
                                ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> kafka,
                                MeterRegistry metrics) {
            return new DeadLetters(group, admin, consumers, kafka, metrics);
        }

        @Bean
        DeadLetterEndpoint deadLetterEndpoint(DeadLetters deadLetters) {
            return new DeadLetterEndpoint(deadLetters);
        }

        /**
         * Non-blocking retries for every listener of the service: {@code <topic>-<group>-retry-<n>} with
         * exponential backoff, then {@code <topic>-<group>-dlt}. The group is part of the names because
         * several services consume the same topic and must not see each other's retries.
         */
        @Bean
        RetryTopicConfiguration retryTopics(@Value("${spring.kafka.consumer.group-id}") String group,
                                            BackstrideProperties properties, KafkaTemplate<String, byte[]> kafka) {
            var inbox = properties.inbox();
            return RetryTopicConfigurationBuilder.newInstance()
                    .maxAttempts(inbox.attempts())
                    .exponentialBackoff(inbox.initialBackoff().toMillis(), inbox.multiplier(), inbox.maxBackoff().toMillis())
                    .retryTopicSuffix("-" + group + "-retry")
                    .dltSuffix("-" + group + "-dlt")
                    .suffixTopicsWithIndexValues()
                    .autoCreateTopicsWith(properties.events().partitions(), properties.events().replicationFactor())
                    .notRetryOn(List.of(InvalidEventException.class, CloudEventRWException.class))
                    .traversingCauses()
                    .dltHandlerMethod("deadLetters", "onDeadLetter")
                    .create(kafka);
        }

        @Bean
        ProcessedEventsPurge processedEventsPurge(ProcessedEvents processed) {
            return new ProcessedEventsPurge(processed);
        }
    }

    /** Drops processed-event records past their retention, hourly. */
    static class ProcessedEventsPurge {
        private final ProcessedEvents processed;

        ProcessedEventsPurge(ProcessedEvents processed) {
            this.processed = processed;
        }

        @Scheduled(fixedDelayString = "${backstride.inbox.purge-interval:PT1H}", initialDelayString = "PT1M")
        void purge() {
            processed.purgeExpired();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebConfiguration {

        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(BackstrideProperties properties,
                                                                              JsonMapper json) {
            FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                    new RequestSizeLimitFilter(properties.web().maxRequestSize().toBytes(), json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }

        @Bean
        FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(BackstrideProperties properties,
                                                                              JsonMapper json, MeterRegistry metrics) {
            FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(
                    new ConcurrencyLimitFilter(properties.web().maxConcurrentRequests(), json, metrics));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }

        @Bean
        ProblemDetailsAdvice problemDetailsAdvice() {
            return new ProblemDetailsAdvice();
        }

        @Bean
        ProblemErrorController problemErrorController() {
            return new ProblemErrorController();
        }
    }
}
