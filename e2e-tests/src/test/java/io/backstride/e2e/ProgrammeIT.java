package io.backstride.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.backstride.e2e.Runners.Runner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Assessment to programme across services, through the gateway, as a fresh runner who consented: the
 * assessment-service decides, publishes AssessmentCompleted through its outbox, and the programme-service plans
 * from its own read models (which include the runner's consent, from identity.consent.v1).
 */
class ProgrammeIT {

    @Test
    void aProceedAssessmentBecomesATwelveWeekProgrammeWithEveryKindOfElement() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        try (PlatformEvents programmes = new PlatformEvents("programme.programme.v1")) {
            assertThat(assess(runner, Assessments.cleanInitial(runner)).get("outcome").asString()).isEqualTo("PROCEED");

            await().atMost(Duration.ofSeconds(60)).until(() -> programme(runner).statusCode() == 200);
            JsonNode programme = Gateway.json(programme(runner));
            assertThat(programme.get("weeks").asInt()).isEqualTo(12);
            Set<String> purposes = new HashSet<>();
            programme.get("week").forEach(day -> day.get("elements").forEach(e -> purposes.add(e.get("purpose").asString())));
            assertThat(purposes).contains("MOBILITY", "STRENGTH", "STEP", "TECHNIQUE");

            await().atMost(Duration.ofSeconds(30)).until(() -> programmes.records().stream().anyMatch(r -> runner.runnerId().equals(r.key())
                    && "backstride.programme.ProgrammeCreated.v1".equals(PlatformEvents.header(r, "ce_type"))));
        }
    }

    @Test
    void aReferredRunnerGetsNoProgramme() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        ObjectNode body = Assessments.withScreeningFlag(runner, "legSymptoms");
        try (PlatformEvents assessments = new PlatformEvents("assessment.assessment.v1")) {
            assertThat(assess(runner, body).get("outcome").asString()).isEqualTo("REFER");
            await().atMost(Duration.ofSeconds(30)).until(() -> assessments.records().stream().anyMatch(r -> runner.runnerId().equals(r.key())));
        }
        Runners.onceConsentHasReachedTheService(() -> programme(runner));
        // the programme-service has had the event; give its consumer the time a PROCEED took above, then check
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> programme(runner).statusCode() == 404);
    }

    private static JsonNode assess(Runner runner, JsonNode body) {
        String key = UUID.randomUUID().toString();
        return Gateway.json(Runners.onceConsentHasReachedTheService(() -> runner.gateway()
                .post("/api/v1/assessments/runners/" + runner.runnerId() + "/assessments", body, "Idempotency-Key", key)));
    }

    private static HttpResponse<String> programme(Runner runner) throws Exception {
        return runner.gateway().get("/api/v1/programmes/runners/" + runner.runnerId() + "/programme");
    }
}
