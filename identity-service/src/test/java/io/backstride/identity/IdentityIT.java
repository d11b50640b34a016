package io.backstride.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.TokenClaims;
import io.backstride.identity.domain.Role;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every identity integration test shares: the service on a random port with real Kafka and MongoDB, a
 * GreenMail SMTP server for the mails, and HTTP helpers (tokens, JSON, JWT claims).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:identity-it.properties")
@WithKafkaAndMongo
abstract class IdentityIT {

    /** One SMTP server for the test JVM, on the port of src/test/resources/application.properties. */
    static final GreenMail MAIL = startMail();

    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Value("${identity.issuer}")
    String issuer;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(3926, null, ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }

    HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> tokenRequest(Map<String, String> form, String clientId, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (secret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String clientCredentialsToken(String clientId, String secret) throws Exception {
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "client_credentials"), clientId, secret);
        if (response.statusCode() != 200) {
            throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).get("access_token").asString();
    }

    /** A token as this server would issue it (same key and issuer), for API tests that are not about sign-in. */
    String tokenFor(String subject, String tenant, List<Role> roles, String runnerId) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofMinutes(5)))
                .audience(List.of("backstride-web", TokenClaims.API_AUDIENCE))
                .claim("roles", roles.stream().map(Role::name).toList()).claim("client_id", "backstride-web");
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        if (runnerId != null) {
            claims.claim("runner_id", runnerId);
        }
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }

    String runnerToken(Accounts.Account runner) {
        return tokenFor(runner.id(), runner.tenantId(), List.of(Role.RUNNER), runner.runnerId());
    }

    Accounts.Account newRunner(String tenant) {
        return accounts.ensureActive("runner-" + UUID.randomUUID() + "@example.org", "Test Runner", tenant,
                EnumSet.of(Role.RUNNER), PASSWORD);
    }

    static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }

    /** The claims of a JWT (its signature is checked by the services; here we read what it says). */
    static JsonNode claims(String jwt) {
        return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
