package io.backstride.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * Fresh runners for tests, each their own person with no state shared between tests, made the way a real
 * runner comes to Backstride: the organiser admin of the demo race invites them through the gateway, they take
 * the token from the invitation mail (read from the local mail catcher, system property {@code backstride.mail}),
 * choose a password, sign in through the web app (authorization code + PKCE) and, for most journeys, consent to
 * the processing of their health data.
 */
final class Runners {

    static final String MAIL_URL = System.getProperty("backstride.mail", "http://localhost:8025");
    static final String PASSWORD = "e2e runner password " + UUID.randomUUID();
    /** How long a service may take to learn of a consent from the identity.consent.v1 event. */
    static final Duration CONSENT_PROPAGATION = Duration.ofSeconds(20);

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitations/accept\\?token=([A-Za-z0-9_-]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Runners() {
    }

    /** A runner of the demo race who has consented to the current consent text. */
    static Runner newConsentedRunner() throws Exception {
        Runner runner = newRunner();
        runner.consent();
        return runner;
    }

    /** A runner of the demo race, invited, activated and signed in; no consent given yet. */
    static Runner newRunner() throws Exception {
        String email = "e2e-runner-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> invited = Gateway.as(Tokens.demoUser(Tokens.ORGANISER_ADMIN)).post(
                "/api/v1/identity/tenants/" + Tokens.DEMO_TENANT + "/invitations",
                Map.of("email", email, "displayName", "E2E Runner"));
        if (invited.statusCode() != 201) {
            throw new AssertionError("the organiser admin could not invite " + email + ": " + invited.statusCode() + " " + invited.body());
        }
        HttpResponse<String> accepted = Gateway.post("/api/v1/identity/invitations/acceptance",
                Map.of("token", invitationTokenMailedTo(email), "password", PASSWORD));
        if (accepted.statusCode() != 200) {
            throw new AssertionError("accepting the invitation failed: " + accepted.statusCode() + " " + accepted.body());
        }
        return new Runner(email, Gateway.json(invited).get("runnerId").asString(), SignIn.webApp(email, PASSWORD));
    }

    /** The current version of the consent text (a public API). */
    static int currentConsentVersion() throws Exception {
        return Gateway.json(Gateway.get("/api/v1/identity/consent/current")).get("version").asInt();
    }

    /**
     * The call's response once it is no longer refused for want of consent: a service learns of a consent from
     * the identity.consent.v1 event, a moment after identity-service recorded it. Repeats the call (so it must be
     * safe to repeat: a GET, or a POST with an Idempotency-Key) for up to {@link #CONSENT_PROPAGATION}.
     */
    static HttpResponse<String> onceConsentHasReachedTheService(Callable<HttpResponse<String>> call) {
        return await("the consent to reach the service").atMost(CONSENT_PROPAGATION).pollInterval(Duration.ofMillis(250))
                .until(call, response -> !isConsentRequired(response));
    }

    static boolean isConsentRequired(HttpResponse<String> response) {
        if (response.statusCode() != 403 || response.body().isBlank()) {
            return false;
        }
        JsonNode type = Gateway.json(response).get("type");
        return type != null && type.asString().endsWith("consent-required");
    }

    private static String invitationTokenMailedTo(String email) {
        return await("the invitation mail to " + email).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> invitationToken(email), token -> token != null);
    }

    private static String invitationToken(String email) throws Exception {
        HttpResponse<String> mails = HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_URL + "/messages")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode mail : Gateway.json(mails)) {
            boolean toRunner = mail.get("to").valueStream().anyMatch(to -> to.asString().equalsIgnoreCase(email));
            Matcher token = INVITATION_TOKEN.matcher(mail.path("text").asString(""));
            if (toRunner && token.find()) {
                return token.group(1);
            }
        }
        return null;
    }

    /** A signed-in runner: their runner id, and an access token renewed by signing in again before it expires. */
    static final class Runner {

        private final String email;
        private final String invitedRunnerId;
        private Tokens tokens;

        private Runner(String email, String invitedRunnerId, Tokens tokens) {
            this.email = email;
            this.invitedRunnerId = invitedRunnerId;
            this.tokens = tokens;
        }

        String email() {
            return email;
        }

        /** The runner id the invitation answered with. */
        String invitedRunnerId() {
            return invitedRunnerId;
        }

        String password() {
            return PASSWORD;
        }

        /** The runner_id claim of their token: the id of their resources in every service. */
        String runnerId() {
            return tokens.runnerId();
        }

        Tokens tokens() throws Exception {
            if (tokens.expiresWithin(Duration.ofSeconds(30))) {
                tokens = SignIn.webApp(email, PASSWORD);
            }
            return tokens;
        }

        String accessToken() throws Exception {
            return tokens().accessToken();
        }

        /** Calls through the gateway as this runner. */
        Gateway.Caller gateway() throws Exception {
            return Gateway.as(accessToken());
        }

        /** Consents to the current consent text. */
        JsonNode consent() throws Exception {
            HttpResponse<String> given = gateway().post("/api/v1/identity/me/consents", Map.of("version", currentConsentVersion()));
            if (given.statusCode() != 200) {
                throw new AssertionError("consent was not recorded: " + given.statusCode() + " " + given.body());
            }
            return Gateway.json(given);
        }
    }
}
