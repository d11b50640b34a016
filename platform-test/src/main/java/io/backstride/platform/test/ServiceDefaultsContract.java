package io.backstride.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must offer, checked once per service against the real infrastructure: readiness that
 * checks MongoDB and Kafka, liveness, Prometheus metrics tagged with the application, an OpenAPI document,
 * and problem details for unknown routes. A service's test extends this with {@code @SpringBootTest(webEnvironment
 * = RANDOM_PORT)} and {@link WithKafkaAndMongo}.
 */
public abstract class ServiceDefaultsContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    /** The service's {@code spring.application.name}. */
    protected abstract String applicationName();

    @Test
    void readinessChecksMongoAndKafka() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode components = JsonMapper.shared().readTree(response.body()).get("components");
        assertThat(components.get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("kafka").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessIsUp() throws Exception {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsCarryTheApplicationTag() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("application=\"" + applicationName() + "\"");
    }

    @Test
    void servesItsOpenApiDocument() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(response.body()).has("openapi")).isTrue();
    }

    @Test
    void anUnknownRouteIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-resource");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
