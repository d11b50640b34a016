package io.backstride.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings shared by every service, bound from {@code backstride.*} (environment variables such as
 * {@code BACKSTRIDE_OUTBOX_BATCHSIZE} work through Spring's relaxed binding).
 */
@ConfigurationProperties("backstride")
public record BackstrideProperties(Events events, Outbox outbox, Inbox inbox, Web web, Mongo mongo) {

    public BackstrideProperties {
        events = events == null ? new Events(null, null, null) : events;
        outbox = outbox == null ? new Outbox(null, null, null, null, null, null, null, null, null) : outbox;
        inbox = inbox == null ? new Inbox(null, null, null, null, null) : inbox;
        web = web == null ? new Web(null, null) : web;
        mongo = mongo == null ? new Mongo(null) : mongo;
    }

    /**
     * @param source CloudEvents {@code source} of everything this service publishes, e.g. {@code /backstride/programme-service}
     * @param partitions partitions of runner-keyed topics this service declares
     * @param replicationFactor replication factor of declared topics (1 locally, 3 in production)
     */
    public record Events(String source, Integer partitions, Short replicationFactor) {
        public Events {
            partitions = partitions == null ? 12 : partitions;
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        }
    }

    /**
     * @param enabled whether this instance relays its outbox (every instance may; the sweep is leased to one at a time)
     * @param batchSize documents taken per relay round
     * @param sweepInterval how often the relay checks whether its fast path left events behind (then it sweeps)
     * @param quietSweepInterval how often it sweeps anyway, for events a crashed instance left behind (a sweep reads
     *                           only the intents collection, so it is cheap)
     * @param sweepGrace age an intent must reach before the sweep takes its document, so the fast path is not raced
     * @param sendTimeout how long a round waits for the broker to acknowledge its sends
     * @param leaseDuration how long one instance holds the sweep
     * @param workers fast-path threads: rounds overlap, so one round's database work hides another's broker wait
     * @param intentExpiry how long after its last registration an intent may still name events its document does
     *                     not hold (a write in flight); then the sweep drops them. Longer than any write can take
     */
    public record Outbox(Boolean enabled, Integer batchSize, Duration sweepInterval, Duration quietSweepInterval,
                         Duration sweepGrace, Duration sendTimeout, Duration leaseDuration, Integer workers,
                         Duration intentExpiry) {
        public Outbox {
            quietSweepInterval = quietSweepInterval == null ? Duration.ofSeconds(5) : quietSweepInterval;
            intentExpiry = intentExpiry == null ? Duration.ofMinutes(2) : intentExpiry;
            workers = workers == null ? 2 : workers;
            enabled = enabled == null || enabled;
            batchSize = batchSize == null ? 500 : batchSize;
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(2) : sweepInterval;
            sweepGrace = sweepGrace == null ? Duration.ofSeconds(5) : sweepGrace;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
            leaseDuration = leaseDuration == null ? Duration.ofSeconds(30) : leaseDuration;
        }
    }

    /**
     * @param processedRetention how long a processed event id is remembered (redeliveries older than this are rare)
     * @param attempts delivery attempts before a record goes to the dead-letter topic (1 + retries)
     * @param initialBackoff first retry delay; each later one is {@code multiplier} times longer
     * @param multiplier backoff multiplier
     * @param maxBackoff longest retry delay
     */
    public record Inbox(Duration processedRetention, Integer attempts, Duration initialBackoff, Double multiplier,
                        Duration maxBackoff) {
        public Inbox {
            processedRetention = processedRetention == null ? Duration.ofDays(14) : processedRetention;
            attempts = attempts == null ? 4 : attempts;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            multiplier = multiplier == null ? 4.0 : multiplier;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        }
    }

    /**
     * @param maxRequestSize requests with a larger body are refused with 413 before they are read
     * @param maxConcurrentRequests requests in progress at once; more are refused with 503 and Retry-After
     */
    public record Web(DataSize maxRequestSize, Integer maxConcurrentRequests) {
        public Web {
            maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(512) : maxRequestSize;
            maxConcurrentRequests = maxConcurrentRequests == null ? 200 : maxConcurrentRequests;
        }
    }

    /** @param poolWait how long a request waits for a free MongoDB connection before it fails with 503 */
    public record Mongo(Duration poolWait) {
        public Mongo {
            poolWait = poolWait == null ? Duration.ofSeconds(5) : poolWait;
        }
    }
}
