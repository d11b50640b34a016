package io.backstride.platform.inbox;

import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/deadletters} lists this service's dead-letter topics; {@code POST
 * /actuator/deadletters/{topic}} replays the records of one that were not replayed yet. See
 * {@code infra/runbooks/dead-letters.md}.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private final DeadLetters deadLetters;

    public DeadLetterEndpoint(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @ReadOperation
    public List<DeadLetters.DeadLetterTopic> topics() {
        return deadLetters.topics();
    }

    @WriteOperation
    public Map<String, Object> replay(@Selector String topic) {
        return Map.of("topic", topic, "replayed", deadLetters.replay(topic));
    }
}
