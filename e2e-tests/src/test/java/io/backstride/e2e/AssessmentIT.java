package io.backstride.e2e;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4's journey through the gateway. The fixture is a clean running-pattern submission for the shipped
 * instruments (version 1.0.0): a new instrument version makes these tests fail until the fixture follows it.
 */
class AssessmentIT {

    @Test
    void legNumbnessIsReferred() throws Exception {
        JsonNode reply = Gateway.json(submit(newRunner(), UUID.randomUUID().toString(), withScreening("legSymptoms")));
        assertThat(reply.get("outcome").asString()).isEqualTo("REFER");
        assertThat(reply.get("programmeAllowed").asBoolean()).isFalse();
    }

    @Test
    void saddleNumbnessGetsUrgentCareAdviceInTheSameResponse() throws Exception {
        JsonNode reply = Gateway.json(submit(newRunner(), UUID.randomUUID().toString(), withScreening("saddleNumbness")));
        assertThat(reply.get("outcome").asString()).isEqualTo("URGENT");
        assertThat(reply.get("urgentCare").toString()).containsIgnoringCase("111");
    }

    @Test
    void aCleanRunningPatternProceedsWithAProfileAndReachesKafka() throws Exception {
        String runner = newRunner();
        try (PlatformEvents events = new PlatformEvents("assessment.assessment.v1")) {
            HttpResponse<String> response = submit(runner, UUID.randomUUID().toString(), fixture());
            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode reply = Gateway.json(response);
            assertThat(reply.get("outcome").asString()).isEqualTo("PROCEED");
            assertThat(reply.get("profile").get("emphases").size()).isPositive();

            await().atMost(Duration.ofSeconds(30)).until(() -> events.records().stream().anyMatch(r -> runner.equals(r.key())
                    && "backstride.assessment.AssessmentCompleted.v1".equals(PlatformEvents.header(r, "ce_type"))));
        }
    }

    @Test
    void aResubmissionWithTheSameKeyReturnsTheSameResult() throws Exception {
        String runner = newRunner();
        String key = UUID.randomUUID().toString();
        JsonNode first = Gateway.json(submit(runner, key, fixture()));
        JsonNode again = Gateway.json(submit(runner, key, fixture()));
        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        JsonNode history = Gateway.json(Gateway.get("/api/v1/assessments/runners/" + runner + "/assessments"));
        assertThat(history.get("totalItems").asInt()).isEqualTo(1);
    }

    private static HttpResponse<String> submit(String runner, String key, JsonNode body) throws Exception {
        return Gateway.post("/api/v1/assessments/runners/" + runner + "/assessments", body, "Idempotency-Key", key);
    }

    private static ObjectNode withScreening(String item) throws Exception {
        ObjectNode body = fixture();
        body.get("submissions").forEach(submission -> {
            if ("screening".equals(submission.get("instrumentId").asString())) {
                ((ObjectNode) submission.get("answers")).put(item, true);
            }
        });
        return body;
    }

    private static ObjectNode fixture() throws Exception {
        try (InputStream in = AssessmentIT.class.getResourceAsStream("/assessment/clean-initial-assessment.json")) {
            return (ObjectNode) Gateway.JSON.readTree(in);
        }
    }

    private static String newRunner() {
        return "e2e-runner-" + UUID.randomUUID();
    }
}
