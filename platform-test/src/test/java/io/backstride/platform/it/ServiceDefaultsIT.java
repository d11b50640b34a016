package io.backstride.platform.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.apache.kafka.clients.admin.AdminClient;
import io.backstride.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What every service gets from the platform: problem details, request ids, probes, metrics, OpenAPI, topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class ServiceDefaultsIT {

    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    KafkaAdmin kafkaAdmin;

    @Test
    void anUnknownRouteIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/nothing-here");
        assertProblem(response, 404);
        assertThat(json(response).get("instance").asString()).isEqualTo("/api/v1/nothing-here");
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        HttpResponse<String> response = post("/api/v1/parcels/p1/labels", "{\"label\": ");
        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() throws Exception {
        HttpResponse<String> response = post("/api/v1/parcels/p1/labels", "{\"label\": \"x\", \"priority\": \"high\"}");
        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("priority");
    }

    @Test
    void everyInvalidFieldIsListedAndNothingIsWritten() throws Exception {
        String parcelId = "p-" + UUID.randomUUID();
        try (EventCapture capture = EventCapture.of(Parcels.TOPIC)) {
            HttpResponse<String> response = post("/api/v1/parcels/" + parcelId + "/labels", "{\"label\": \"\", \"priority\": 11}");
            assertProblem(response, 422);
            assertThat(json(response).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("label", "priority");
            capture.awaitCaughtUp();
            assertThat(capture.records()).noneMatch(r -> parcelId.equals(r.key()));
        }
    }

    @Test
    void aDomainRuleViolationIsA422ProblemNamingTheField() throws Exception {
        HttpResponse<String> response = post("/api/v1/parcels/p1/labels", "{\"label\": \"forbidden\", \"priority\": 1}");
        assertProblem(response, 422);
        assertThat(json(response).get("errors").get(0).get("reason").asString()).isEqualTo("is not allowed");
    }

    @Test
    void anOversizedBodyIsA413Problem() throws Exception {
        String big = "{\"label\": \"" + "x".repeat(5000) + "\", \"priority\": 1}";
        assertProblem(post("/api/v1/parcels/p1/labels", big), 413);
    }

    @Test
    void anOversizedChunkedBodyIsA413ProblemToo() throws Exception {
        String big = "{\"label\": \"" + "x".repeat(5000) + "\", \"priority\": 1}";
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/parcels/p1/labels"))
                .header("Content-Type", "application/json").header("Authorization", TOKEN)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big))).build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413);
    }

    @Test
    void aValidRequestIdIsKeptAndAMissingOneIsCreated() throws Exception {
        HttpResponse<String> kept = http.send(HttpRequest.newBuilder(uri("/api/v1/nothing"))
                .header("X-Request-Id", "req-12345678").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("req-12345678");
        assertThat(json(kept).get("requestId").asString()).isEqualTo("req-12345678");

        HttpResponse<String> created = get("/api/v1/nothing");
        assertThat(created.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void theRequestIdTravelsIntoTheEventHeaders() throws Exception {
        String parcelId = "p-" + UUID.randomUUID();
        try (EventCapture capture = EventCapture.of(Parcels.TOPIC)) {
            http.send(HttpRequest.newBuilder(uri("/api/v1/parcels/" + parcelId + "/labels"))
                    .header("Content-Type", "application/json").header("X-Request-Id", "req-trace-0001")
                    .header("Authorization", TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"fragile\", \"priority\": 2}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(30)).until(() -> capture.events().stream().anyMatch(e -> parcelId.equals(e.subject())));
            var event = capture.events().stream().filter(e -> parcelId.equals(e.subject())).findFirst().orElseThrow();
            assertThat(event.requestId()).isEqualTo("req-trace-0001");
            assertThat(event.source()).isEqualTo("/backstride/platform-it");
            assertThat(event.type()).isEqualTo(Parcels.LABELLED);
        }
    }

    @Test
    void readinessChecksMongoAndKafka() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode components = json(response).get("components");
        assertThat(components.get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("kafka").get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsCarryTheApplicationTag() throws Exception {
        get("/api/v1/nothing");
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("application=\"platform-it\"").contains("http_server_requests_seconds");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("paths").has("/api/v1/parcels/{id}/labels")).isTrue();
    }

    @Test
    void runnerKeyedTopicsAreDeclaredWithTwelvePartitions() throws Exception {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            var description = admin.describeTopics(java.util.List.of(Parcels.TOPIC)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(Parcels.TOPIC);
            assertThat(description.partitions()).hasSize(12);
        }
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.hasNonNull("requestId")).isTrue();
    }

    private static final String TOKEN = TestTokens.withRoles("platform-it-clerk", "OPS");

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Authorization", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
