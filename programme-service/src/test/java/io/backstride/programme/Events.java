package io.backstride.programme;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.programme.messaging.ProgrammeTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as the content and assessment services publish them, built from their JSON Schemas' examples and
 * the content service's seed files (read from the sibling modules, the producers' own contract).
 */
public final class Events {

    public static final String CONTENT_PUBLISHED = "backstride.content.ContentPublished.v1";
    public static final String CONTENT_RETIRED = "backstride.content.ContentRetired.v1";
    public static final String ASSESSMENT_COMPLETED = "backstride.assessment.AssessmentCompleted.v1";
    public static final String CHECK_IN_COMPLETED = "backstride.assessment.CheckInCompleted.v1";

    private static final Path CONTENT = Path.of("..", "content-service", "src", "main", "resources");
    private static final Path ASSESSMENT = Path.of("..", "assessment-service", "src", "main", "resources");
    private static final JsonMapper JSON = JsonMapper.shared();
    /** Library versions go up across every test class of the JVM, so each publication is the newest. */
    private static final AtomicInteger LIBRARY_VERSION = new AtomicInteger(1);

    private Events() {
    }

    /** {@code examples[0]} of a producer's schema, read from the producer's module. */
    public static ObjectNode example(String type) {
        var module = type.startsWith("backstride.content.") ? CONTENT : ASSESSMENT;
        var schema = JSON.readTree(read(module.resolve("events").resolve(type + ".schema.json")));
        return (ObjectNode) schema.get("examples").get(0).deepCopy();
    }

    /** A PROCEED-like assessment example for a runner, with a fresh assessment id. */
    public static ObjectNode assessment(String runnerId, String outcome) {
        var payload = example(ASSESSMENT_COMPLETED);
        payload.put("assessmentId", UUID.randomUUID().toString());
        payload.put("runnerId", runnerId);
        payload.put("outcome", outcome);
        payload.put("programmeAllowed", outcome.startsWith("PROCEED"));
        payload.put("completedAt", Instant.now().toString());
        return payload;
    }

    /** ContentPublished events for every seed exercise and technique cue, in the example's envelope shape. */
    public static List<ObjectNode> seedLibrary(int version) {
        var events = new ArrayList<ObjectNode>();
        for (var kind : List.of("exercises", "technique-cues")) {
            try (var files = Files.list(CONTENT.resolve("seed").resolve("en-GB").resolve(kind))) {
                files.sorted().forEach(file -> {
                    var content = JSON.readTree(read(file));
                    var payload = example(CONTENT_PUBLISHED);
                    payload.put("contentType", kind.equals("exercises") ? "EXERCISE" : "TECHNIQUE_CUE");
                    payload.put("id", content.get("id").asString());
                    payload.put("version", version);
                    payload.set("content", content);
                    events.add(payload);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return events;
    }

    /** Publishes the seed library as a version newer than any published before in this JVM. */
    public static void publishLibrary(KafkaTemplate<String, byte[]> kafka) {
        seedLibrary(LIBRARY_VERSION.incrementAndGet()).forEach(event -> publish(kafka,
                event.get("contentType").asString().equals("EXERCISE") ? ProgrammeTopics.EXERCISES
                        : ProgrammeTopics.TECHNIQUE_CUES, CONTENT_PUBLISHED, event.get("id").asString(), event));
    }

    /** The version of the library {@link #publishLibrary} published last, and how many entries it has. */
    public static int libraryVersion() {
        return LIBRARY_VERSION.get();
    }

    public static int librarySize() {
        return seedLibrary(LIBRARY_VERSION.get()).size();
    }

    public static void publish(KafkaTemplate<String, byte[]> kafka, String topic, String type, String key,
                               ObjectNode payload) {
        var event = new OutboxEvent(UUID.randomUUID().toString(), topic, key, type, "/backstride/test", key,
                Instant.now(), JSON.writeValueAsString(payload), "req-" + UUID.randomUUID());
        try {
            kafka.send(CloudEventRecords.toRecord(event)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
