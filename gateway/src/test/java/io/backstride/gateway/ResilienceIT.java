package io.backstride.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.backstride.gateway.web.RequestIdFilter.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway when services fail: content-service is down (nothing listens at its address), the others are stubs
 * told to be slow or to fail. The HTTP client's response timeout is shortened to 2 s to keep the tests quick; the
 * breakers' time limit stays at its configured 10 s except for race-service's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"GATEWAY_RESPONSE_TIMEOUT=2s",
                "GATEWAY_RATE_LIMIT_USER_PER_SECOND=1000", "GATEWAY_RATE_LIMIT_USER_BURST=1000",
                // races go to the programme stub (RACE_SERVICE_URL defaults to it); their breaker gets a tighter limit
                "resilience4j.timelimiter.instances.race-service.timeout-duration=1s"})
@AutoConfigureWebTestClient(timeout = "20s")
@ExtendWith(OutputCaptureExtension.class)
class ResilienceIT {

    private static final StubService assessment = StubService.start("assessment");
    private static final StubService programme = StubService.start("programme");
    private static final StubService notification = StubService.start("notification");
    private static final IdentityStub identity = IdentityStub.start();

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("CONTENT_SERVICE_URL", () -> "http://127.0.0.1:" + unusedPort());
        registry.add("ASSESSMENT_SERVICE_URL", assessment::url);
        registry.add("PROGRAMME_SERVICE_URL", programme::url);
        registry.add("NOTIFICATION_SERVICE_URL", notification::url);
        registry.add("IDENTITY_ISSUER", identity::issuer);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServices() {
        List.of(assessment, programme, notification).forEach(StubService::close);
        identity.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    CircuitBreakerRegistry breakers;

    @LocalServerPort
    int port;

    private String bearer;

    @BeforeEach
    void resetServicesAndSignIn() {
        List.of(assessment, programme, notification).forEach(StubService::reset);
        bearer = identity.token().roles("RUNNER").bearer();
        client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, bearer).build();
    }

    @Test
    void serviceThatIsDownGivesA503ProblemNamingIt(CapturedOutput output) {
        client.get().uri("/api/v1/content/articles/7").header(HEADER, "req-content-down").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HEADER, "req-content-down")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:backstride:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("content-service is unavailable right now. Please try again shortly.")
                .jsonPath("$.instance").isEqualTo("/api/v1/content/articles/7")
                .jsonPath("$.service").isEqualTo("content-service")
                .jsonPath("$.requestId").isEqualTo("req-content-down");

        // logged from a Reactor thread: the id gets there through context propagation, not a thread local
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll().lines())
                .anyMatch(line -> line.contains("[req-content-down]") && line.contains("content-service failed, answering 503")));
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndStillAnswersWithAProblem() {
        CircuitBreaker breaker = breakers.circuitBreaker("content-service");
        IntStream.range(0, 10).forEach(i -> client.post().uri("/api/v1/content/articles").exchange()
                .expectStatus().isEqualTo(503));

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        client.get().uri("/api/v1/content/articles").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.service").isEqualTo("content-service");
    }

    @Test
    void serviceSlowerThanTheResponseTimeoutGivesA504ProblemInsteadOfHanging() {
        programme.answer(request -> StubService.Reply.status(200).after(Duration.ofSeconds(15)));
        long start = System.nanoTime();

        client.get().uri("/api/v1/programmes/current").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:backstride:problem:service-timeout")
                .jsonPath("$.detail").isEqualTo("programme-service did not answer in time.")
                .jsonPath("$.instance").isEqualTo("/api/v1/programmes/current");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(programme.received()).hasSize(1); // a timed-out GET is not retried
    }

    @Test
    void serviceSlowerThanTheTimeLimitersDefaultSecondIsStillAnswered() {
        programme.answer(request -> programme.echo(request).after(Duration.ofMillis(1500)));

        client.get().uri("/api/v1/programmes/current").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("programme");
    }

    @Test
    void breakersTimeLimitAlsoGivesA504Problem() {
        programme.answer(request -> programme.echo(request).after(Duration.ofMillis(1500)));

        client.get().uri("/api/v1/races/berlin-2027").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:backstride:problem:service-timeout")
                .jsonPath("$.detail").isEqualTo("race-service did not answer in time.");
    }

    @Test
    void getIsRetriedWhileTheServiceIsUnavailable() {
        AtomicInteger calls = new AtomicInteger();
        assessment.answer(request -> calls.incrementAndGet() <= 2
                ? StubService.Reply.status(503) : assessment.echo(request));

        client.get().uri("/api/v1/assessments/screenings/3").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("assessment");

        assertThat(assessment.received()).hasSize(3);
    }

    @Test
    void getGivesUpAfterTwoRetriesAndPassesTheServicesAnswerOn() {
        assessment.answer(request -> StubService.Reply.status(503));

        client.get().uri("/api/v1/assessments/screenings/3").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo(503);

        assertThat(assessment.received()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void requestsThatChangeStateAreNeverRetried(String method) {
        assessment.answer(request -> StubService.Reply.status(503));

        client.method(HttpMethod.valueOf(method)).uri("/api/v1/assessments/screenings").exchange()
                .expectStatus().isEqualTo(503);

        assertThat(assessment.received()).hasSize(1);
    }

    @Test
    void getIsNotRetriedOnAnInternalServerError() {
        assessment.answer(request -> StubService.Reply.status(500));

        client.get().uri("/api/v1/assessments/screenings/3").exchange()
                .expectStatus().isEqualTo(500);

        assertThat(assessment.received()).hasSize(1);
    }

    @Test
    void servesMoreConcurrentCallsPerRouteThanResilience4jsDefaultBulkheadAllows() throws Exception {
        int concurrent = 30; // resilience4j's default bulkhead would turn everything past 25 into 503s
        // one call first, so that the burst below does not also wait for the signing keys and a cold token check
        client.get().uri("/api/v1/notifications/reminders").exchange().expectStatus().isOk();
        CountDownLatch allArrived = new CountDownLatch(concurrent);
        notification.answer(request -> {
            allArrived.countDown();
            awaitQuietly(allArrived); // hold every reply until all calls are in flight at once
            return notification.echo(request);
        });

        try (HttpClient http = HttpClient.newHttpClient()) {
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, concurrent)
                    .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/api/v1/notifications/reminders"))
                                    .header(HttpHeaders.AUTHORIZATION, bearer).build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();

            for (CompletableFuture<HttpResponse<String>> response : responses) {
                assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
