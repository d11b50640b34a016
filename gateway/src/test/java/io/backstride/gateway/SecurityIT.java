package io.backstride.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.backstride.gateway.web.RequestIdFilter.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway as a resource server, through the production path: tokens are minted with a test RSA key and checked
 * against the JWKS the identity stub publishes at {@code IDENTITY_ISSUER/oauth2/jwks} (the default JWKS URI).
 * Key re-reads are allowed at once here (cooldown 0) so that rotation can be shown; the cooldown itself is
 * {@code JwksCacheTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "backstride.gateway.security.jwks-refresh-cooldown=0s")
@AutoConfigureWebTestClient(timeout = "30s") // the build machine is shared: a cold first request can be slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    private static final StubbedBackends BACKENDS = StubbedBackends.start();
    private static final IdentityStub identity = BACKENDS.identity();

    /** Headers a client might send to pass for someone else. */
    private static final Map<String, String> SPOOFED = Map.of(
            "X-Acting-User", "someone-else",
            "X-Runner-Id", "runner-of-someone-else",
            "X-Tenant-Id", "other-organiser",
            "X-User-Id", "admin",
            "X-Roles", "PLATFORM_ADMIN",
            "X-Forwarded-User", "admin",
            "X-Backstride-Tenant", "other-organiser",
            "x-backstride-runner", "runner-of-someone-else");

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        BACKENDS.register(registry);
    }

    @AfterAll
    static void stopServices() {
        BACKENDS.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void resetServices() {
        BACKENDS.reset();
        identity.jwksDown(false);
    }

    private StubService service(String name) {
        return name.equals("identity") ? identity.http() : BACKENDS.service(name);
    }

    /** What the services received, leaving out the gateway's reads of the identity stub's keys. */
    private List<StubService.Received> receivedByServices() {
        return Stream.concat(BACKENDS.services().stream(), Stream.of(identity.http()))
                .flatMap(service -> service.received().stream())
                .filter(request -> !request.uri().equals("/oauth2/jwks"))
                .toList();
    }

    @Test
    @Order(1)
    void readsTheKeysOnlyWhenTheFirstTokenArrivesAndThenKeepsThem() {
        assertThat(identity.jwksReads()).as("read at start-up").isZero();

        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/v1/notifications/reminders")
                    .header(HttpHeaders.AUTHORIZATION, identity.token().bearer())
                    .exchange()
                    .expectStatus().isOk();
        }

        assertThat(identity.jwksReads()).isEqualTo(1);
    }

    @Test
    void requestWithoutATokenIsA401ProblemWithABearerChallenge() {
        client.get().uri("/api/v1/content/articles?lang=en").header(HEADER, "req-anonymous-1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("This request needs a bearer token from identity-service.")
                .jsonPath("$.instance").isEqualTo("/api/v1/content/articles")
                .jsonPath("$.requestId").isEqualTo("req-anonymous-1");

        assertThat(receivedByServices()).isEmpty();
    }

    static Stream<Arguments> invalidTokens() {
        RSAKey stranger = IdentityStub.newKey("stranger");
        return Stream.of(
                Arguments.of(Named.of("signed with another key under the real key id",
                        identity.token().signedWith(stranger, "key-1").sign())),
                Arguments.of(Named.of("signed with an unpublished key",
                        identity.token().signedWith(stranger).sign())),
                Arguments.of(Named.of("expired beyond the clock skew",
                        identity.token().expiresAt(Instant.now().minus(Duration.ofMinutes(2))).sign())),
                Arguments.of(Named.of("not valid yet",
                        identity.token().notBefore(Instant.now().plus(Duration.ofMinutes(2))).sign())),
                Arguments.of(Named.of("without an expiry", identity.token().expiresAt(null).sign())),
                Arguments.of(Named.of("from another issuer", identity.token().issuer("https://evil.example").sign())),
                Arguments.of(Named.of("for another audience", identity.token().audience("some-other-api").sign())),
                Arguments.of(Named.of("HS256 with a shared secret", hmacToken())),
                Arguments.of(Named.of("not a JWT", "not-a-jwt")));
    }

    @ParameterizedTest
    @MethodSource("invalidTokens")
    void invalidTokenIsA401ProblemAndReachesNoService(String token) {
        client.get().uri("/api/v1/notifications/reminders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\""))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.requestId").isNotEmpty();

        assertThat(receivedByServices()).isEmpty();
    }

    private static String hmacToken() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
                    new JWTClaimsSet.Builder().subject("mallory").issuer(identity.issuer()).audience("backstride-api")
                            .expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)))
                            .claim("roles", List.of("PLATFORM_ADMIN")).build());
            jwt.sign(new MACSigner("a-shared-secret-of-at-least-256-bits!!"));
            return jwt.serialize();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} may not {1} {2}")
    @CsvSource({
            // authoring: AUTHOR or CLINICIAN
            "RUNNER, POST, /api/v1/content/authoring/articles",
            "ORGANISER_ADMIN, GET, /api/v1/content/authoring",
            // runner routes: RUNNER or PARTNER
            "AUTHOR, GET, /api/v1/assessments/screenings/3",
            "CLINICIAN, POST, /api/v1/assessments/instruments/sbst",
            "OPS, GET, /api/v1/programmes/current",
            "PLATFORM_ADMIN, PUT, /api/v1/programmes",
            // races: organisers and runners
            "PARTNER, GET, /api/v1/races/berlin-2027",
            "CLINICIAN, GET, /api/v1/races",
            // actuator beyond health, info and prometheus: OPS
            "RUNNER, GET, /actuator/metrics",
            "PLATFORM_ADMIN, GET, /actuator"})
    void tokenWithoutTheRoleIsA403Problem(String role, String method, String path) {
        client.method(HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, identity.token().roles(role).bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.requestId").isNotEmpty();

        assertThat(receivedByServices()).isEmpty();
    }

    @ParameterizedTest(name = "{0} may {1} {2}")
    @CsvSource({
            "AUTHOR, POST, /api/v1/content/authoring/articles, content",
            "CLINICIAN, POST, /api/v1/content/authoring/articles/7/approve, content",
            "RUNNER, GET, /api/v1/content/articles/7, content",
            "RUNNER, POST, /api/v1/assessments/screenings, assessment",
            "PARTNER, GET, /api/v1/assessments/screenings/3, assessment",
            "CLINICIAN, GET, /api/v1/assessments/instruments/sbst, assessment",
            "RUNNER, PUT, /api/v1/programmes/current/sessions/2, programme",
            "PARTNER, POST, /api/v1/programmes/current/runs, programme",
            "ORGANISER_STAFF, GET, /api/v1/races/berlin-2027, programme",
            "PLATFORM_ADMIN, POST, /api/v1/races, programme",
            "ORGANISER_ADMIN, GET, /api/v1/notifications/preferences, notification",
            "RUNNER, GET, /api/v1/identity/accounts/me, identity"})
    void tokenWithTheRoleReachesTheServiceWithItsTokenAndWithoutSpoofedIdentity(String role, String method,
            String path, String service) {
        String bearer = identity.token().roles(role).bearer();

        client.method(HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .headers(headers -> SPOOFED.forEach(headers::add))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.uri").isEqualTo(path);

        StubService.Received received = service(service).lastReceived();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
        assertThat(received.header(HEADER)).isNotBlank();
        assertThat(received.headers().keySet())
                .noneMatch(name -> SPOOFED.keySet().stream().anyMatch(name::equalsIgnoreCase))
                .noneMatch(name -> name.toLowerCase().startsWith("x-backstride-"));
    }

    @Test
    void identitysPublicEndpointsNeedNoTokenButTheRestOfIdentityDoes() {
        client.get().uri("/api/v1/identity/consent/current").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/identity/invitations/acceptance").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"abc\"}").exchange().expectStatus().isOk();
        assertThat(identity.http().received()).extracting(StubService.Received::uri)
                .containsExactly("/api/v1/identity/consent/current", "/api/v1/identity/invitations/acceptance");

        client.post().uri("/api/v1/identity/consent/current").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/identity/invitations/acceptance").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/identity/accounts/me").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus",
            "/openapi/content", "/v3/api-docs/swagger-config", "/swagger-ui/index.html"})
    void documentationProbesAndMetricsNeedNoToken(String path) {
        client.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void otherActuatorEndpointsAreForOps() {
        client.get().uri("/actuator").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator").header(HttpHeaders.AUTHORIZATION, identity.token().roles("OPS").bearer())
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void unknownPathNeedsATokenThenIsA404() {
        client.get().uri("/api/v2/content/articles").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v2/content/articles").header(HttpHeaders.AUTHORIZATION, identity.token().bearer())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/content/articles/../authoring/articles", "/api/v1/content/articles/%2e%2e/authoring",
            "/api/v1/content/articles;jsessionid=1/../authoring", "/api/v1/content/articles%2F..%2Fauthoring"})
    void pathTricksAroundTheRoleRulesAreA400Problem(String path) {
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, identity.token().roles("RUNNER").bearer())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);

        assertThat(BACKENDS.service("content").received()).isEmpty();
    }

    @Test
    void anEmptyPathSegmentDoesNotDodgeTheRoleRules() {
        client.get().uri("/api/v1/content//authoring/articles")
                .header(HttpHeaders.AUTHORIZATION, identity.token().roles("RUNNER").bearer())
                .exchange()
                .expectStatus().isForbidden();

        assertThat(BACKENDS.service("content").received()).isEmpty();
    }

    @Test
    void corsPreflightFromTheWebAppNeedsNoToken() {
        client.options().uri("/api/v1/programmes/current/runs")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, containsString("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, containsString("idempotency-key"));

        assertThat(BACKENDS.service("programme").received()).isEmpty();
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        client.options().uri("/api/v1/programmes/current")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void crossOriginResponseExposesTheHeadersTheWebAppReads() {
        client.get().uri("/api/v1/programmes/current")
                .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                .header(HttpHeaders.AUTHORIZATION, identity.token().roles("RUNNER").bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "Retry-After", "X-Request-Id"));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        String bearer = identity.token().roles("RUNNER").bearer();
        List<WebTestClient.ResponseSpec> responses = List.of(
                client.get().uri("/api/v1/programmes/current").header(HttpHeaders.AUTHORIZATION, bearer).exchange(),
                client.get().uri("/api/v1/content/articles").exchange(), // 401
                client.get().uri("/api/v2/nothing").header(HttpHeaders.AUTHORIZATION, bearer).exchange(), // 404
                client.get().uri("/actuator/health").exchange());
        for (WebTestClient.ResponseSpec response : responses) {
            response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().valueEquals("Content-Security-Policy",
                            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                    .expectHeader().value(HttpHeaders.CACHE_CONTROL, containsString("no-store"));
        }
        // Swagger UI gets what it needs to run, and no more
        client.get().uri("/swagger-ui/index.html").exchange()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval"));
    }

    @Test
    void aServicesOwnCachingAndSecurityHeadersAreKept() {
        // no-store is only the default for responses that say nothing about caching (checked above)
        BACKENDS.service("content").answer(request -> new StubService.Reply(200, "{}", Duration.ZERO)
                .withHeader(HttpHeaders.CACHE_CONTROL, "max-age=300, public")
                .withHeader(HttpHeaders.ETAG, "\"v7\""));

        client.get().uri("/api/v1/content/articles").header(HttpHeaders.AUTHORIZATION, identity.token().bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=300, public")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"v7\"")
                .expectHeader().doesNotExist("Pragma")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aKeyPublishedAfterStartIsPickedUpOnItsFirstToken() {
        RSAKey rotated = IdentityStub.newKey("key-rotated-" + System.nanoTime());
        String token = identity.token().signedWith(rotated).bearer();
        client.get().uri("/api/v1/notifications/reminders").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isUnauthorized();

        identity.publish(rotated);
        int readsBefore = identity.jwksReads();

        client.get().uri("/api/v1/notifications/reminders").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk();
        assertThat(identity.jwksReads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void keysThatCannotBeReadAreA503ProblemWhileKnownKeysKeepWorking() {
        client.get().uri("/api/v1/notifications/reminders").header(HttpHeaders.AUTHORIZATION, identity.token().bearer())
                .exchange().expectStatus().isOk(); // keys read (or already in memory)
        identity.jwksDown(true);

        client.get().uri("/api/v1/notifications/reminders")
                .header(HttpHeaders.AUTHORIZATION, identity.token().signedWith(IdentityStub.newKey("key-new")).bearer())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:backstride:problem:service-unavailable")
                .jsonPath("$.service").isEqualTo("identity-service");

        client.get().uri("/api/v1/notifications/reminders").header(HttpHeaders.AUTHORIZATION, identity.token().bearer())
                .exchange().expectStatus().isOk();
    }
}
