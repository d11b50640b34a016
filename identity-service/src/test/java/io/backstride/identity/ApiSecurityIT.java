package io.backstride.identity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.backstride.identity.application.Accounts;
import io.backstride.identity.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityIT extends IdentityIT {

    @Test
    void anAnonymousCallToAProtectedApiIsA401Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/identity/me/consents", null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aCallerWithoutTheRightRoleGetsA403Problem() throws Exception {
        String ops = clientCredentialsToken("test-ops", "test-ops-secret");
        assertProblem(get("/api/v1/identity/me/consents", ops), 403);
        String runner = runnerToken(newRunner("race-a"));
        assertProblem(get("/api/v1/identity/audit", runner), 403);
        assertProblem(send("PUT", "/api/v1/identity/accounts/any/roles", runner, "{\"roles\":[\"OPS\"]}"), 403);
    }

    @Test
    void anExpiredTokenATokenFromAnotherIssuerOrForAnotherAudienceAndAForgedTokenAreRefused() throws Exception {
        String expired = sign(new NimbusJwtEncoder(keys), issuer, Instant.now().minusSeconds(600), "backstride-api");
        String otherIssuer = sign(new NimbusJwtEncoder(keys), "https://elsewhere.example", Instant.now().plusSeconds(300), "backstride-api");
        String otherAudience = sign(new NimbusJwtEncoder(keys), issuer, Instant.now().plusSeconds(300), "another-api");
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID("forged").generate();
        String forged = sign(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(foreignKey))), issuer,
                Instant.now().plusSeconds(300), "backstride-api");
        assertThat(get("/api/v1/identity/me/consents", sign(new NimbusJwtEncoder(keys), issuer, Instant.now().plusSeconds(300),
                "backstride-api")).statusCode()).as("the same token, valid").isEqualTo(200);
        for (String token : List.of(expired, otherIssuer, otherAudience, forged, "not-a-jwt")) {
            HttpResponse<String> response = get("/api/v1/identity/me/consents", token);
            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        }
    }

    @Test
    void theAuditLogRecordsSignInsAndRoleChangesAndIsReadableByPlatformAdminsAndOpsOnly() throws Exception {
        Accounts.Account staff = accounts.ensureActive("staff-" + System.nanoTime() + "@example.org", "Sam Staff", "race-a",
                java.util.EnumSet.of(Role.ORGANISER_STAFF), PASSWORD);
        new Browser(port).signIn(staff.email(), PASSWORD, null);
        String admin = tokenFor("platform-admin-1", null, List.of(Role.PLATFORM_ADMIN), null);
        HttpResponse<String> changed = send("PUT", "/api/v1/identity/accounts/" + staff.id() + "/roles", admin,
                "{\"roles\":[\"ORGANISER_ADMIN\"]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        HttpResponse<String> entries = get("/api/v1/identity/audit?limit=200", clientCredentialsToken("test-ops", "test-ops-secret"));
        assertThat(entries.statusCode()).isEqualTo(200);
        JsonNode log = json(entries.body());
        assertThat(log.valueStream().filter(e -> staff.id().equals(e.get("target").asString())).map(e -> e.get("action").asString()))
                .contains("SIGN_IN", "ROLES_CHANGED");
        assertThat(log.valueStream().filter(e -> "ROLES_CHANGED".equals(e.get("action").asString())).findFirst().orElseThrow()
                .get("actor").asString()).isEqualTo("platform-admin-1");
        assertThat(log.get(0).get("requestId").isNull()).as("entries carry the request id").isFalse();
        assertThat(get("/api/v1/identity/audit", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void aRouteWithoutARuleIsNotOpenButAnUnknownRouteIsA404() throws Exception {
        assertProblem(get("/api/v1/identity/no-such-thing", null), 404);
        assertProblem(send("POST", "/api/v1/identity/audit", null, "{}"), 401);
    }

    private String sign(NimbusJwtEncoder encoder, String iss, Instant expiresAt, String audience) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(iss).subject("x").audience(List.of(audience)).issuedAt(expiresAt.minusSeconds(300))
                .expiresAt(expiresAt).claims(c -> c.putAll(Map.of("roles", List.of("RUNNER"), "runner_id", "r-12345678")))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("requestId")).isTrue();
    }
}
