package io.backstride.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * A token response of identity-service, with the access token's claims read (not verified: the gateway and the
 * services verify). Also the token endpoint itself: client credentials and refresh, and the demo users' tokens.
 */
record Tokens(String accessToken, String refreshToken, JsonNode claims) {

    /** Every local demo account (identity-service/README.md, "Local demo") has this password. */
    static final String DEMO_PASSWORD = "local-demo-password";
    static final String ORGANISER_ADMIN = "admin@demo-race.local";
    static final String AUTHOR = "author@backstride.local";
    static final String CLINICIAN = "clinician@backstride.local";
    static final String RUNNER1 = "runner1@demo-race.local";
    static final String RUNNER2 = "runner2@demo-race.local";
    static final String DEMO_TENANT = "demo-race";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Tokens> DEMO_USERS = new ConcurrentHashMap<>();

    static Tokens of(JsonNode response) {
        String access = response.get("access_token").asString();
        String refresh = response.has("refresh_token") ? response.get("refresh_token").asString() : null;
        return new Tokens(access, refresh, claimsOf(access));
    }

    /** A demo user's access token, signed in through the web app once and again shortly before it expires. */
    static String demoUser(String email) throws Exception {
        Tokens tokens = DEMO_USERS.get(email);
        if (tokens == null || tokens.expiresWithin(Duration.ofSeconds(30))) {
            tokens = SignIn.webApp(email, DEMO_PASSWORD);
            DEMO_USERS.put(email, tokens);
        }
        return tokens.accessToken();
    }

    /** Client credentials: a service or ops client's token. */
    static Tokens clientCredentials(String clientId, String secret) throws Exception {
        return require(request(new SignIn.Client(clientId, secret, null), Map.of("grant_type", "client_credentials")));
    }

    /** A partner app redeems its refresh token; the raw answer, since refusal is what some tests expect. */
    static HttpResponse<String> refresh(SignIn.Client partner, String refreshToken) throws Exception {
        return request(partner, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** POST /oauth2/token as the client: HTTP Basic with a secret, or just the client id for the public web app. */
    static HttpResponse<String> request(SignIn.Client client, Map<String, String> parameters) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SignIn.IDENTITY_URL + "/oauth2/token"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded");
        if (client.secret() == null) {
            form.put("client_id", client.clientId());
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(SignIn.formEncode(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Tokens require(HttpResponse<String> tokenResponse) {
        if (tokenResponse.statusCode() != 200) {
            throw new AssertionError("the token endpoint refused: " + tokenResponse.statusCode() + " " + tokenResponse.body());
        }
        return of(Gateway.JSON.readTree(tokenResponse.body()));
    }

    static JsonNode claimsOf(String jwt) {
        return Gateway.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    String claim(String name) {
        JsonNode value = claims.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    String runnerId() {
        return claim("runner_id");
    }

    String subject() {
        return claim("sub");
    }

    boolean expiresWithin(Duration margin) {
        return Instant.ofEpochSecond(claims.get("exp").asLong()).isBefore(Instant.now().plus(margin));
    }
}
