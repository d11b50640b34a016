package io.backstride.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.backstride.platform.events.IncomingEvent;

/**
 * Validates events against the JSON Schema their producer publishes, found on the classpath at
 * {@code events/<type>.schema.json} (for example {@code events/backstride.programme.ProgrammeAssigned.v1.schema.json}).
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /** @return every way the payload breaks the schema of its type; empty when it conforms */
    public static List<String> violations(String type, String json) {
        Schema schema = REGISTRY.getSchema(read("events/" + type + ".schema.json"), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Fails with every violation listed when the event's payload does not conform to its type's schema. */
    public static void assertConforms(IncomingEvent event) {
        List<String> violations = violations(event.type(), new String(event.data(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new AssertionError("event " + event.id() + " of type " + event.type()
                    + " does not conform to its schema: " + violations);
        }
    }

    /** The schema's {@code examples[0]}, for consumer contract tests. */
    public static String example(String type) {
        var node = tools.jackson.databind.json.JsonMapper.shared().readTree(read("events/" + type + ".schema.json"));
        var examples = node.get("examples");
        if (examples == null || examples.isEmpty()) {
            throw new AssertionError("schema of " + type + " has no examples");
        }
        return examples.get(0).toString();
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no JSON Schema on the classpath at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
