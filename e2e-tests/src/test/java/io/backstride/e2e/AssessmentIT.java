package io.backstride.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.backstride.e2e.Runners.Runner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4's journey through the gateway, each test as a fresh runner who consented, on their own resources (the
 * runner_id of their token). The submissions are {@link Assessments}' fixture for the shipped instruments.
 */
class AssessmentIT {

    @Test
    void legNumbnessIsReferred() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        JsonNode reply = Gateway.json(submit(runner, UUID.randomUUID().toString(), Assessments.withScreeningFlag(runner, "legSymptoms")));
        assertThat(reply.get("outcome").asString()).isEqualTo("REFER");
        assertThat(reply.get("programmeAllowed").asBoolean()).isFalse();
    }

    @Test
    void saddleNumbnessGetsUrgentCareAdviceInTheSameResponse() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        JsonNode reply = Gateway.json(submit(runner, UUID.randomUUID().toString(), Assessments.withScreeningFlag(runner, "saddleNumbness")));
        assertThat(reply.get("outcome").asString()).isEqualTo("URGENT");
        assertThat(reply.get("urgentCare").toString()).containsIgnoringCase("111");
    }

    @Test
    void aCleanRunningPatternProceedsWithAProfileAndReachesKafka() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        try (PlatformEvents events = new PlatformEvents("assessment.assessment.v1")) {
            HttpResponse<String> response = submit(runner, UUID.randomUUID().toString(), Assessments.cleanInitial(runner));
            assertThat(response.statusCode()).as(Gateway.describe(response)).isEqualTo(201);
            JsonNode reply = Gateway.json(response);
            assertThat(reply.get("outcome").asString()).isEqualTo("PROCEED");
            assertThat(reply.get("profile").get("emphases").size()).isPositive();

            await().atMost(Duration.ofSeconds(30)).until(() -> events.records().stream().anyMatch(r -> runner.runnerId().equals(r.key())
                    && "backstride.assessment.AssessmentCompleted.v1".equals(PlatformEvents.header(r, "ce_type"))));
        }
    }

    @Test
    void aResubmissionWithTheSameKeyReturnsTheSameResult() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        String key = UUID.randomUUID().toString();
        JsonNode first = Gateway.json(submit(runner, key, Assessments.cleanInitial(runner)));
        JsonNode again = Gateway.json(submit(runner, key, Assessments.cleanInitial(runner)));
        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        JsonNode history = Gateway.json(runner.gateway().get("/api/v1/assessments/runners/" + runner.runnerId() + "/assessments"));
        assertThat(history.get("totalItems").asInt()).isEqualTo(1);
    }

    /** Submits as the runner, repeated with the same key while the consent is still on its way to the service. */
    private static HttpResponse<String> submit(Runner runner, String key, JsonNode body) {
        String path = "/api/v1/assessments/runners/" + runner.runnerId() + "/assessments";
        return Runners.onceConsentHasReachedTheService(() -> runner.gateway().post(path, body, "Idempotency-Key", key));
    }
}
