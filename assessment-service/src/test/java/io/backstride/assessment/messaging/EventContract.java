package io.backstride.assessment.messaging;

import java.util.ArrayList;
import java.util.List;

import io.backstride.platform.test.EventSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What every event this service publishes must satisfy: it conforms to its schema and can carry no free text. */
final class EventContract {

    static final JsonMapper JSON = JsonMapper.shared();

    private EventContract() {
    }

    static void assertConforms(String type, Object payload) {
        var json = JSON.writeValueAsString(payload);
        assertThat(EventSchemas.violations(type, json)).as(json).isEmpty();
    }

    /**
     * Every string the schema allows is closed (an enum, a pattern of codes, a date-time), and nothing beyond the
     * declared properties is allowed: there is nowhere for a runner's words to go.
     */
    static List<String> openStringsIn(String type) {
        var schema = JSON.readTree(EventContract.class.getClassLoader()
                .getResourceAsStream("events/" + type + ".schema.json"));
        var open = new ArrayList<String>();
        walk(schema, "#", open);
        return open;
    }

    private static void walk(JsonNode node, String path, List<String> open) {
        if (node.isObject()) {
            if (allowsString(node.get("type")) && !node.has("enum") && !node.has("pattern") && !node.has("const")
                    && !"date-time".equals(node.path("format").asString(""))) {
                open.add(path);
            }
            if ("object".equals(node.path("type").asString("")) && !node.path("additionalProperties").isBoolean()) {
                open.add(path + " (additionalProperties not false)");
            }
            node.properties().forEach(entry -> {
                if (!entry.getKey().equals("examples")) {
                    walk(entry.getValue(), path + "/" + entry.getKey(), open);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, open);
            }
        }
    }

    private static boolean allowsString(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (var t : type) {
                if ("string".equals(t.asString())) {
                    return true;
                }
            }
            return false;
        }
        return "string".equals(type.asString(""));
    }
}
