package io.backstride.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.backstride.e2e.Runners.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may reach what, enforced by the gateway (a valid token, role rules) and by the services (a runner only their
 * own data; a partner only for runners who linked it). Runner resources are addressed as
 * {@code /runners/{runner_id of the caller's token}/...}.
 */
class AccessIT {

    private static final String SOME_RUNNER = UUID.randomUUID().toString();

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/v1/programmes/runners/{runner}/programme",
            "GET /api/v1/assessments/runners/{runner}/assessments",
            "POST /api/v1/assessments/runners/{runner}/assessments",
            "GET /api/v1/identity/me/consents"})
    void anAnonymousCallIsRefusedWith401(String call) throws Exception {
        String[] methodAndPath = call.replace("{runner}", SOME_RUNNER).split(" ");
        HttpResponse<String> response = methodAndPath[0].equals("GET") ? Gateway.get(methodAndPath[1])
                : Gateway.post(methodAndPath[1], Assessments.cleanInitial(), "Idempotency-Key", UUID.randomUUID().toString());

        assertThat(response.statusCode()).as(Gateway.describe(response)).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aRunnerCannotReadAnotherRunnersProgrammeOrAssessments() throws Exception {
        Runner a = Runners.newConsentedRunner();
        Runner b = Runners.newConsentedRunner();
        String assessmentOfB = assess(b);
        await().atMost(Duration.ofSeconds(60)).until(() -> b.gateway().get(programmeOf(b)).statusCode() == 200);

        HttpResponse<String> programme = a.gateway().get(programmeOf(b));
        assertThat(programme.statusCode()).as(Gateway.describe(programme)).isIn(403, 404);
        assertThat(programme.body()).as("no programme data").doesNotContain("\"weeks\"");

        HttpResponse<String> assessments = a.gateway().get(assessmentsOf(b));
        assertThat(assessments.statusCode()).as(Gateway.describe(assessments)).isIn(403, 404);
        assertThat(assessments.body()).as("no assessment data").doesNotContain(assessmentOfB).doesNotContain("\"items\"");
    }

    @Test
    void aPartnerTokenForOneRunnerDoesNotOpenAnotherRunnersData() throws Exception {
        Runner linked = Runners.newConsentedRunner();
        Runner other = Runners.newConsentedRunner();
        assess(linked);
        assess(other);
        String partner = linkDemoPartner(linked).accessToken();

        await("the partner link to reach assessment-service").atMost(Duration.ofSeconds(20))
                .until(() -> Gateway.as(partner).get(assessmentsOf(linked)).statusCode() == 200);
        HttpResponse<String> refused = Gateway.as(partner).get(assessmentsOf(other));
        assertThat(refused.statusCode()).as(Gateway.describe(refused)).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("\"items\"");
    }

    @Test
    void aRevokedPartnerIsRefusedEvenWithAnAccessTokenThatHasNotExpired() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        assess(runner);
        String partner = linkDemoPartner(runner).accessToken();
        await("the partner link to reach assessment-service").atMost(Duration.ofSeconds(20))
                .until(() -> Gateway.as(partner).get(assessmentsOf(runner)).statusCode() == 200);

        assertThat(runner.gateway().delete("/api/v1/identity/me/partner-links/demo-partner").statusCode()).isEqualTo(204);

        await("the revocation to reach assessment-service").atMost(Duration.ofSeconds(20))
                .until(() -> Gateway.as(partner).get(assessmentsOf(runner)).statusCode() == 403);
    }

    @Test
    void aRunnerCannotAuthorContent() throws Exception {
        Runner runner = Runners.newRunner();
        ObjectNode article = (ObjectNode) Gateway.JSON.readTree(Files.readString(
                Path.of("../content-service/src/main/resources/seed/en-GB/articles/is-this-for-you.json")));
        article.put("slug", "e2e-" + UUID.randomUUID().toString().substring(0, 8));

        HttpResponse<String> response = runner.gateway().post("/api/v1/content/authoring/articles", article);
        assertThat(response.statusCode()).as(Gateway.describe(response)).isEqualTo(403);
    }

    @Test
    void theMePathsAreTheSignedInRunnersOwnResources() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        String assessment = assess(runner);

        HttpResponse<String> mine = runner.gateway().get("/api/v1/assessments/me/assessments");
        assertThat(mine.statusCode()).as(Gateway.describe(mine)).isEqualTo(200);
        assertThat(mine.body()).contains(assessment);
        await().atMost(Duration.ofSeconds(60)).until(() -> runner.gateway().get("/api/v1/programmes/me/programme").statusCode() == 200);
    }

    /** The runner's clean (PROCEED) initial assessment, once their consent has reached the service; its id. */
    private static String assess(Runner runner) throws Exception {
        JsonNode body = Assessments.cleanInitial(runner);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> response = Runners.onceConsentHasReachedTheService(
                () -> runner.gateway().post(assessmentsOf(runner), body, "Idempotency-Key", key));
        assertThat(response.statusCode()).as(Gateway.describe(response)).isEqualTo(201);
        return Gateway.json(response).get("id").asString();
    }

    /** The demo partner app, allowed by the runner on the consent screen: its tokens for that runner. */
    private static Tokens linkDemoPartner(Runner runner) throws Exception {
        return SignIn.partner(SignIn.DEMO_PARTNER, "openid runner.read", runner.email(), runner.password()).allow("runner.read");
    }

    private static String programmeOf(Runner runner) {
        return "/api/v1/programmes/runners/" + runner.runnerId() + "/programme";
    }

    private static String assessmentsOf(Runner runner) {
        return "/api/v1/assessments/runners/" + runner.runnerId() + "/assessments";
    }
}
