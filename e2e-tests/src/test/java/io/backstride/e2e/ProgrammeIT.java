package io.backstride.e2e;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Assessment to programme across services, through the gateway: the assessment-service decides, publishes
 * AssessmentCompleted through its outbox, and the programme-service plans from its own read models.
 */
class ProgrammeIT {

    @Test
    void aProceedAssessmentBecomesATwelveWeekProgrammeWithEveryKindOfElement() throws Exception {
        String runner = "e2e-runner-" + UUID.randomUUID();
        try (PlatformEvents programmes = new PlatformEvents("programme.programme.v1")) {
            assertThat(assess(runner, fixture()).get("outcome").asString()).isEqualTo("PROCEED");

            await().atMost(Duration.ofSeconds(60)).until(() -> programme(runner).statusCode() == 200);
            JsonNode programme = Gateway.json(programme(runner));
            assertThat(programme.get("weeks").asInt()).isEqualTo(12);
            Set<String> purposes = new HashSet<>();
            programme.get("week").forEach(day -> day.get("elements").forEach(e -> purposes.add(e.get("purpose").asString())));
            assertThat(purposes).contains("MOBILITY", "STRENGTH", "STEP", "TECHNIQUE");

            await().atMost(Duration.ofSeconds(30)).until(() -> programmes.records().stream().anyMatch(r -> runner.equals(r.key())
                    && "backstride.programme.ProgrammeCreated.v1".equals(PlatformEvents.header(r, "ce_type"))));
        }
    }

    @Test
    void aReferredRunnerGetsNoProgramme() throws Exception {
        String runner = "e2e-runner-" + UUID.randomUUID();
        ObjectNode body = fixture();
        body.get("submissions").forEach(s -> {
            if ("screening".equals(s.get("instrumentId").asString())) {
                ((ObjectNode) s.get("answers")).put("legSymptoms", true);
            }
        });
        try (PlatformEvents assessments = new PlatformEvents("assessment.assessment.v1")) {
            assertThat(assess(runner, body).get("outcome").asString()).isEqualTo("REFER");
            await().atMost(Duration.ofSeconds(30)).until(() -> assessments.records().stream().anyMatch(r -> runner.equals(r.key())));
        }
        // the programme-service has had the event; give its consumer the time a PROCEED took above, then check
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> programme(runner).statusCode() == 404);
    }

    private static JsonNode assess(String runner, JsonNode body) throws Exception {
        return Gateway.json(Gateway.post("/api/v1/assessments/runners/" + runner + "/assessments", body,
                "Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static HttpResponse<String> programme(String runner) throws Exception {
        return Gateway.get("/api/v1/programmes/runners/" + runner + "/programme");
    }

    private static ObjectNode fixture() throws Exception {
        try (InputStream in = ProgrammeIT.class.getResourceAsStream("/assessment/clean-initial-assessment.json")) {
            return (ObjectNode) Gateway.JSON.readTree(in);
        }
    }
}
