package io.backstride.programme;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Request bodies of the logging API and a reader of the programme view, as the API tests use them. */
final class LogBodies {

    private LogBodies() {
    }

    /** The first exercise of a purpose in the programme view's current week. */
    static String firstOfPurpose(JsonNode programme, String purpose) {
        for (var day : programme.get("week")) {
            for (var element : day.get("elements")) {
                if (element.get("purpose").asString().equals(purpose)) {
                    return element.get("exerciseId").asString();
                }
            }
        }
        throw new AssertionError("no " + purpose + " element");
    }

    static Map<String, Object> session(String exercise, int effort, int pain, Instant at) {
        return Map.of("id", UUID.randomUUID().toString(), "exerciseId", exercise, "level", "BASE", "sets", 3,
                "reps", 10, "effort", effort, "painDuring", pain, "performedAt", at.toString());
    }

    static Map<String, Object> run(int metres, int pain, Instant at) {
        return Map.of("id", UUID.randomUUID().toString(), "performedAt", at.toString(), "distanceMetres", metres,
                "durationSeconds", metres / 3, "painDuring", pain);
    }
}
