package io.backstride.gateway;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.backstride.gateway.web.RequestIdFilter.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Rate limits, the same tests for the in-memory buckets and the Redis ones. Buckets are tiny (3 per user, 5 per
 * client) and refill at one token per 100 s, so nothing refills during a test; every test uses its own subjects and
 * clients, so the tests do not share buckets (except the anonymous one, used by one test only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "GATEWAY_RATE_LIMIT_USER_PER_SECOND=0.01", "GATEWAY_RATE_LIMIT_USER_BURST=3",
        "GATEWAY_RATE_LIMIT_CLIENT_PER_SECOND=0.01", "GATEWAY_RATE_LIMIT_CLIENT_BURST=5"})
@AutoConfigureWebTestClient(timeout = "30s") // the build machine is shared: a cold first request can be slow
abstract class AbstractRateLimitIT {

    static final String PATH = "/api/v1/notifications/reminders";

    @Autowired
    WebTestClient client;

    abstract IdentityStub identity();

    private IdentityStub.Token token() {
        return identity().token().clientId("partner-" + UUID.randomUUID());
    }

    private WebTestClient.ResponseSpec call(IdentityStub.Token token) {
        return client.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, token.bearer())
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .exchange();
    }

    @Test
    void aUserOverTheBurstGets429WithRetryAfterAsAProblem() {
        IdentityStub.Token runner = token();
        for (int remaining = 2; remaining >= 0; remaining--) {
            call(runner).expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Limit", "3")
                    .expectHeader().valueEquals("RateLimit-Remaining", String.valueOf(remaining));
        }

        call(runner).expectStatus().isEqualTo(429)
                // one token at 0.01/s: 100 s from empty, a little less for the time the requests took
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(90, 100))
                .expectHeader().valueEquals("RateLimit-Remaining", "0")
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:backstride:problem:rate-limited")
                .jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail")
                .value(matchesPattern("Too many requests for this user\\. Please retry after (9\\d|100) s\\."))
                .jsonPath("$.limit").isEqualTo("user")
                .jsonPath("$.retryAfterSeconds").value(both(greaterThanOrEqualTo(90)).and(lessThanOrEqualTo(100)))
                .jsonPath("$.instance").isEqualTo(PATH)
                .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void anotherRunnerOfTheSameClientIsNotHeldBackByTheFirst() {
        String partner = "partner-" + UUID.randomUUID();
        IdentityStub.Token first = identity().token().clientId(partner);
        for (int i = 0; i < 3; i++) {
            call(first).expectStatus().isOk();
        }
        call(first).expectStatus().isEqualTo(429);

        call(identity().token().clientId(partner)).expectStatus().isOk();
    }

    @Test
    void aClientOverItsBurstGets429WhoeverItActsFor() {
        String partner = "partner-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            call(identity().token().clientId(partner)).expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Limit", i < 3 ? "3" : "5");
        }

        call(identity().token().clientId(partner)).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.limit").isEqualTo("client")
                .jsonPath("$.detail")
                .value(matchesPattern("Too many requests for this client application\\. Please retry after \\d+ s\\."));
        // a runner of another client is not concerned
        call(token()).expectStatus().isOk();
    }

    @Test
    void aServiceClientActingForItselfHasOnlyItsClientBucket() {
        String service = "ops-" + UUID.randomUUID();
        IdentityStub.Token token = identity().token().subject(service).clientId(service).roles("OPS");
        for (int i = 0; i < 5; i++) { // more than a user's 3
            call(token).expectStatus().isOk();
        }
        call(token).expectStatus().isEqualTo(429).expectBody().jsonPath("$.limit").isEqualTo("client");
    }

    @Test
    void requestsWithoutATokenShareABucketPerAddress() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/v1/identity/consent/current").exchange().expectStatus().isOk();
        }
        client.get().uri("/api/v1/identity/consent/current").exchange()
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.limit").isEqualTo("anonymous");
    }

    @Test
    void documentationProbesAndMetricsAreNotLimited() {
        for (int i = 0; i < 8; i++) {
            client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectHeader().doesNotExist("RateLimit-Limit");
            client.get().uri("/openapi/notification").exchange().expectStatus().isOk();
        }
    }

    @Test
    void refusalsAreCountedByKind() {
        double users = refusals("user");
        double clients = refusals("client");
        IdentityStub.Token runner = token();
        for (int i = 0; i < 4; i++) {
            call(runner);
        }
        String partner = "partner-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            call(identity().token().clientId(partner)).expectHeader().exists(HEADER);
        }

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(refusals("user")).isEqualTo(users + 1);
            assertThat(refusals("client")).isEqualTo(clients + 1);
        });
    }

    private double refusals(String kind) {
        String scrape = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher counter = Pattern.compile("(?m)^backstride_gateway_rate_limited_total\\{[^}]*kind=\"" + kind
                + "\"[^}]*} (\\S+)$").matcher(scrape);
        assertThat(counter.find()).as("backstride_gateway_rate_limited_total{kind=%s} in\n%s", kind, scrape).isTrue();
        return Double.parseDouble(counter.group(1));
    }
}
