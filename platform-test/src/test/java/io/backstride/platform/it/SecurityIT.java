package io.backstride.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.security.PartnerLinks;
import io.backstride.platform.security.RunnerConsents;
import io.backstride.platform.test.TestTokens;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's resource-server defaults, as every service gets them: token validation, route rules, closed
 * routes without rules, object-level checks of runner data, consent and partner links kept from identity events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class SecurityIT {

    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    RunnerConsents consents;
    @Autowired
    PartnerLinks partnerLinks;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void anAnonymousCallIsA401ProblemAskingForABearerToken() throws Exception {
        HttpResponse<String> response = get("/api/v1/notes/me", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).hasNonNull("requestId")).isTrue();
    }

    @Test
    void tokensThatAreExpiredForgedOrMeantForSomeoneElseAreRefused() throws Exception {
        String runner = "r-" + UUID.randomUUID();
        for (String token : List.of(
                TestTokens.token().runner(runner).expiresAt(Instant.now().minusSeconds(120)).bearer(),
                TestTokens.token().runner(runner).signedByAStranger().bearer(),
                TestTokens.token().runner(runner).issuer("https://evil.example").bearer(),
                TestTokens.token().runner(runner).audience("some-other-api").bearer(),
                "Bearer not-a-jwt")) {
            HttpResponse<String> response = get("/api/v1/notes/me", token);
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
        }
        assertThat(get("/api/v1/notes/me", TestTokens.runner(runner)).statusCode()).isEqualTo(200);
    }

    @Test
    void aCallerWithoutTheRoleOfTheRouteIsA403Problem() throws Exception {
        HttpResponse<String> response = post("/api/v1/parcels/p1/labels", "{\"label\":\"x\",\"priority\":1}",
                TestTokens.withRoles("someone", "AUTHOR"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("title").asString()).isEqualTo("Forbidden");
        assertThat(post("/api/v1/parcels/p1/labels", "{\"label\":\"x\",\"priority\":1}",
                TestTokens.withRoles("clerk", "OPS")).statusCode()).isEqualTo(200);
    }

    @Test
    void aServedRouteWithoutAnAccessRuleIsClosedToEveryone() throws Exception {
        assertThat(get("/api/v1/forgotten", null).statusCode()).isEqualTo(401);
        for (String role : List.of("PLATFORM_ADMIN", "OPS", "RUNNER", "AUTHOR")) {
            HttpResponse<String> response = get("/api/v1/forgotten", TestTokens.withRoles("x", role));
            assertThat(response.statusCode()).as(role).isEqualTo(403);
            assertThat(response.body()).doesNotContain("nobody should see this");
        }
    }

    @Test
    void operationalEndpointsBeyondHealthNeedTheOpsRole() throws Exception {
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/deadletters", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/deadletters", TestTokens.withRoles("x", "RUNNER")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/deadletters", TestTokens.withRoles("x", "OPS")).statusCode()).isEqualTo(200);
    }

    @Test
    void aRunnerReachesOnlyTheirOwnDataByPathOrByMe() throws Exception {
        String mine = "r-" + UUID.randomUUID();
        String theirs = "r-" + UUID.randomUUID();
        consents.given(mine, "test-race", "v1", Instant.now());
        consents.given(theirs, "test-race", "v1", Instant.now());
        assertThat(post("/api/v1/notes/me", "{\"text\":\"knee fine\"}", TestTokens.runner(mine)).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/notes/runners/" + theirs, "{\"text\":\"secret\"}", TestTokens.runner(theirs)).statusCode()).isEqualTo(200);

        assertThat(get("/api/v1/notes/runners/" + mine, TestTokens.runner(mine)).body()).contains("knee fine");
        HttpResponse<String> other = get("/api/v1/notes/runners/" + theirs, TestTokens.runner(mine));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("secret");
        assertThat(post("/api/v1/notes/runners/" + theirs, "{\"text\":\"x\"}", TestTokens.runner(mine)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/notes/me", TestTokens.withRoles("organiser", "RUNNER")).statusCode())
                .as("a RUNNER token without a runner id").isEqualTo(403);
    }

    @Test
    void healthDataIsRefusedUntilTheConsentEventArrivesAndAgainAfterItIsWithdrawn() throws Exception {
        String runner = "r-" + UUID.randomUUID();
        HttpResponse<String> refused = post("/api/v1/notes/me", "{\"text\":\"x\"}", TestTokens.runner(runner));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).isEqualTo("https://backstride.io/problems/consent-required");
        assertThat(get("/api/v1/notes/me", TestTokens.runner(runner)).statusCode()).as("reading stays allowed").isEqualTo(200);

        Instant givenAt = Instant.now();
        publish("identity.consent.v1", runner, "backstride.identity.ConsentGiven.v1",
                "{\"runnerId\":\"" + runner + "\",\"tenantId\":\"test-race\",\"consentVersion\":3,\"givenAt\":\"" + givenAt + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                post("/api/v1/notes/me", "{\"text\":\"x\"}", TestTokens.runner(runner)).statusCode() == 200);

        // a withdrawal older than the consent (a late retry) changes nothing; a newer one closes writing again
        consents.withdrawn(runner, "test-race", "2026-01", givenAt.minusSeconds(60));
        assertThat(consents.inForce(runner)).isTrue();
        publish("identity.consent.v1", runner, "backstride.identity.ConsentWithdrawn.v1",
                "{\"runnerId\":\"" + runner + "\",\"tenantId\":\"test-race\",\"consentVersion\":3,\"withdrawnAt\":\"" + givenAt.plusSeconds(1) + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                post("/api/v1/notes/me", "{\"text\":\"x\"}", TestTokens.runner(runner)).statusCode() == 403);
    }

    @Test
    void aPartnerActsOnlyForARunnerWhoLinkedItWithinTheApprovedScopes() throws Exception {
        String runner = "r-" + UUID.randomUUID();
        String other = "r-" + UUID.randomUUID();
        consents.given(runner, "test-race", "v1", Instant.now());
        String partner = TestTokens.partner(runner, "strava-like", "openid", "runner.read", "runner.write");
        assertThat(get("/api/v1/notes/runners/" + runner, partner).statusCode()).as("not linked yet").isEqualTo(403);

        Instant linkedAt = Instant.now();
        publish("identity.partner-link.v1", runner, "backstride.identity.PartnerLinkChanged.v1", link(runner, "LINKED", linkedAt));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/notes/runners/" + runner, partner).statusCode() == 200);
        assertThat(post("/api/v1/notes/me", "{\"text\":\"from the watch\"}", partner).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/notes/runners/" + other, partner).statusCode()).as("another runner").isEqualTo(403);
        assertThat(post("/api/v1/notes/me", "{\"text\":\"x\"}", TestTokens.partner(runner, "strava-like", "runner.read")).statusCode())
                .as("writing needs runner.write").isEqualTo(403);
        assertThat(get("/api/v1/notes/me", TestTokens.partner(runner, "another-app", "runner.read")).statusCode())
                .as("a partner the runner did not link").isEqualTo(403);

        publish("identity.partner-link.v1", runner, "backstride.identity.PartnerLinkChanged.v1", link(runner, "REVOKED", linkedAt.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/notes/runners/" + runner, partner).statusCode() == 403);
        assertThat(partnerLinks.isLinked(runner, "strava-like")).isFalse();
    }

    @Test
    void theCallerIsNotAParameterOfTheOpenApiDocumentButBearerTokensAre() throws Exception {
        JsonNode api = json(get("/v3/api-docs", null));
        assertThat(api.get("paths").get("/api/v1/notes/me").get("get").path("parameters").toString()).doesNotContain("caller");
        assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString()).isEqualTo("bearer");
    }

    private static String link(String runner, String status, Instant at) {
        return "{\"runnerId\":\"" + runner + "\",\"tenantId\":\"test-race\",\"partnerClientId\":\"strava-like\",\"status\":\""
                + status + "\",\"scopes\":[\"openid\",\"runner.read\",\"runner.write\"],\"changedAt\":\"" + at + "\"}";
    }

    private void publish(String topic, String key, String type, String payload) throws Exception {
        kafka.send(CloudEventRecords.toRecord(new OutboxEvent(UUID.randomUUID().toString(), topic, key, type,
                "/backstride/identity-service", key, Instant.now(), payload, null))).get();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
