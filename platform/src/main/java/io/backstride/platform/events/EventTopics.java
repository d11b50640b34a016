package io.backstride.platform.events;

import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares the topics a service owns, with explicit partition counts. Spring Kafka's admin creates them
 * at start-up (the broker does not auto-create topics).
 */
public final class EventTopics {

    private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z][a-z-]*\\.v[1-9][0-9]*");

    private final int runnerKeyedPartitions;
    private final short replicationFactor;

    public EventTopics(int runnerKeyedPartitions, short replicationFactor) {
        this.runnerKeyedPartitions = runnerKeyedPartitions;
        this.replicationFactor = replicationFactor;
    }

    /** A topic keyed by runner id (or another high-cardinality aggregate id). */
    public NewTopic runnerKeyed(String name) {
        return declare(name, runnerKeyedPartitions);
    }

    /** A topic with a given partition count, e.g. for low-volume reference data. */
    public NewTopic declare(String name, int partitions) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("topic '" + name + "' does not follow <service>.<aggregate>.v<N>");
        }
        return TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor)
                .config("min.insync.replicas", String.valueOf(Math.min(2, replicationFactor)))
                .build();
    }
}
