package io.backstride.gateway;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.backstride.gateway.web.RequestIdFilter.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * The gateway in front of five live stub services: routing, request ids, its own errors, docs and metrics. Requests
 * carry a valid RUNNER token (security itself is {@link SecurityIT}'s subject); rate limits are raised out of the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"GATEWAY_RATE_LIMIT_USER_PER_SECOND=1000", "GATEWAY_RATE_LIMIT_USER_BURST=1000"})
@AutoConfigureWebTestClient(timeout = "30s") // the build machine is shared: a cold first request can be slow
class RoutingIT {

    private static final StubbedBackends BACKENDS = StubbedBackends.start();

    private static final IdentityStub identity = BACKENDS.identity();

    private static final int ONE_MEGABYTE = 1024 * 1024;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        // the same variables the deployment sets; RACE_SERVICE_URL is left out to check its default
        BACKENDS.register(registry);
    }

    @AfterAll
    static void stopServices() {
        BACKENDS.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void resetServicesAndSignIn() {
        BACKENDS.reset();
        client = client.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, identity.token().roles("RUNNER").bearer())
                .build();
    }

    private StubService service(String name) {
        return name.equals("identity") ? identity.http() : BACKENDS.service(name);
    }

    @ParameterizedTest
    @CsvSource({
            "content, content",
            "assessments, assessment",
            "programmes, programme",
            "races, programme",
            "notifications, notification",
            "identity, identity"})
    void forwardsPathQueryAndBodyUnchangedToTheOwningService(String resource, String service) {
        String uri = "/api/v1/" + resource + "/items/42?page=2&sort=name";

        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"note\":\"sore back\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service);

        StubService.Received received = service(service).lastReceived();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo(uri);
        assertThat(received.body()).isEqualTo("{\"note\":\"sore back\"}");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content", "assessment", "programme", "notification", "identity"})
    void servesEachServicesOpenApiDocumentUnderOpenapi(String service) {
        client.get().uri("/openapi/" + service).exchange().expectStatus().isOk();

        assertThat(service(service).lastReceived().uri()).isEqualTo("/v3/api-docs");
    }

    @Test
    void swaggerUiListsEveryServicesDocument() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(containsInAnyOrder("/openapi/content", "/openapi/assessment",
                        "/openapi/programme", "/openapi/notification", "/openapi/identity"));
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/swagger-ui/index.html");
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void generatesRequestIdWhenAbsentAndSendsItBothWays() {
        String id = client.get().uri("/api/v1/content/articles").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(HEADER);

        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(BACKENDS.service("content").lastReceived().header(HEADER)).isEqualTo(id);
    }

    @Test
    void keepsWellFormedRequestId() {
        client.get().uri("/api/v1/programmes/current").header(HEADER, "partner-app.req_0042")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HEADER, "partner-app.req_0042");

        assertThat(BACKENDS.service("programme").lastReceived().header(HEADER)).isEqualTo("partner-app.req_0042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has spaces in it", "<script>alert(1)</script>",
            "a-request-id-that-goes-on-and-on-and-on-well-beyond-sixty-four-characters"})
    void replacesMalformedRequestId(String malformed) {
        String id = client.get().uri("/api/v1/assessments/screenings").header(HEADER, malformed).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(HEADER);

        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(BACKENDS.service("assessment").lastReceived().header(HEADER)).isEqualTo(id);
    }

    @Test
    void unknownRouteIsA404Problem() {
        client.get().uri("/api/v2/content/articles?q=secret").header(HEADER, "req-unknown-route").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HEADER, "req-unknown-route")
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("No route matches /api/v2/content/articles.")
                .jsonPath("$.instance").isEqualTo("/api/v2/content/articles")
                .jsonPath("$.requestId").isEqualTo("req-unknown-route");
    }

    @Test
    void fallbackIsNotReachableDirectly() {
        client.get().uri("/fallback").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void wrongMethodIsA405Problem() {
        client.delete().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Allow")
                .expectBody()
                .jsonPath("$.status").isEqualTo(405)
                .jsonPath("$.instance").isEqualTo("/actuator/health")
                .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void bodyOverTheLimitIsA413ProblemAndNeverReachesTheService() {
        client.post().uri("/api/v1/content/articles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[ONE_MEGABYTE + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Content Too Large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.instance").isEqualTo("/api/v1/content/articles")
                .jsonPath("$.requestId").isNotEmpty();

        assertThat(BACKENDS.service("content").received()).isEmpty();
    }

    @Test
    void chunkedBodyOverTheLimitIsA413ProblemToo() {
        // no Content-Length: the body is counted as it streams
        Flux<DataBuffer> chunks = Flux.range(0, 17)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));

        client.post().uri("/api/v1/content/articles").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(BACKENDS.service("content").received()).isEmpty();
    }

    @Test
    void bodyAtTheLimitIsForwarded() {
        client.post().uri("/api/v1/content/articles").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[ONE_MEGABYTE])
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKENDS.service("content").lastReceived().body()).hasSize(ONE_MEGABYTE);
    }

    @Test
    void healthHasLivenessAndReadinessGroups() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusServesRouteAndBreakerMetrics() {
        client.get().uri("/api/v1/notifications/reminders").exchange().expectStatus().isOk();

        // route metrics are recorded once the response has completed, so they may trail it slightly
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(scrape())
                        .contains("spring_cloud_gateway_requests_seconds_count")
                        .contains("routeId=\"notification-service\"")
                        .contains("resilience4j_circuitbreaker_state"));
    }

    private String scrape() {
        return client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody()
                .collectList().map(lines -> String.join("", lines)).block();
    }
}
