package io.backstride.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.backstride.e2e.Runners.Runner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5's journeys: signing in (in the browser, directly at identity-service), health-data consent and
 * partner-app links (their APIs through the gateway), on the local demo accounts and fresh invited runners.
 */
class IdentityIT {

    private static final String CONSENTS = "/api/v1/identity/me/consents";
    private static final String PARTNER_LINKS = "/api/v1/identity/me/partner-links";

    @Test
    void aRunnerSignsInWithAuthorizationCodeAndPkceAndGetsATokenWithTheirRunnerIdAndTenant() throws Exception {
        Tokens tokens = SignIn.webApp(Tokens.RUNNER1, Tokens.DEMO_PASSWORD);

        assertThat(tokens.claim("tenant")).isEqualTo(Tokens.DEMO_TENANT);
        assertThat(tokens.runnerId()).isNotBlank();
        assertThat(tokens.claims().get("roles").toString()).isEqualTo("[\"RUNNER\"]");
        assertThat(tokens.claim("client_id")).isEqualTo("backstride-web");
        assertThat(tokens.claims().get("aud").toString()).contains("\"backstride-api\"");
        assertThat(tokens.claims().get("exp").asLong() - tokens.claims().get("iat").asLong()).isEqualTo(300);
        assertThat(tokens.refreshToken()).as("the public web app gets no refresh token").isNull();
    }

    @Test
    void anInvitedRunnerSignsInAsTheRunnerTheOrganiserInvited() throws Exception {
        Runner runner = Runners.newRunner(); // invited by the organiser admin, activated from the mail, signed in

        assertThat(runner.tokens().claim("tenant")).isEqualTo(Tokens.DEMO_TENANT);
        assertThat(runner.runnerId()).isEqualTo(runner.invitedRunnerId());
        assertThat(SignIn.webApp(runner.email(), runner.password()).runnerId()).isEqualTo(runner.runnerId());
    }

    @Test
    void aRunnerGivesConsentReadsItBackWithdrawsItAndGivesItAgainAndEveryServiceIsTold() throws Exception {
        Runner runner = Runners.newRunner();
        int version = Runners.currentConsentVersion();
        JsonNode before = Gateway.json(runner.gateway().get(CONSENTS));
        assertThat(before.get("consentInForce").asBoolean()).isFalse();

        try (PlatformEvents consents = new PlatformEvents("identity.consent.v1")) {
            runner.consent();
            JsonNode given = Gateway.json(runner.gateway().get(CONSENTS));
            assertThat(given.get("consentInForce").asBoolean()).isTrue();
            assertThat(given.get("version").asInt()).isEqualTo(version);
            assertThat(given.get("coversCurrentText").asBoolean()).isTrue();

            HttpResponse<String> withdrawn = runner.gateway().delete(CONSENTS);
            assertThat(withdrawn.statusCode()).as(Gateway.describe(withdrawn)).isEqualTo(200);
            assertThat(Gateway.json(runner.gateway().get(CONSENTS)).get("consentInForce").asBoolean()).isFalse();
            assertThat(runner.gateway().delete(CONSENTS).statusCode()).as("nothing left to withdraw").isEqualTo(409);

            runner.consent();
            JsonNode again = Gateway.json(runner.gateway().get(CONSENTS));
            assertThat(again.get("consentInForce").asBoolean()).isTrue();
            assertThat(again.get("history").valueStream().map(d -> d.get("decision").asString()))
                    .as("newest first").containsExactly("GIVEN", "WITHDRAWN", "GIVEN");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(consents.records().stream()
                    .filter(r -> runner.runnerId().equals(r.key())).map(r -> PlatformEvents.header(r, "ce_type")))
                    .containsExactly("backstride.identity.ConsentGiven.v1", "backstride.identity.ConsentWithdrawn.v1",
                            "backstride.identity.ConsentGiven.v1"));
        }
    }

    @Test
    void aPartnerAppGetsAPartnerTokenForRunner1OnceTheyAllowItOnTheConsentScreen() throws Exception {
        String runner1 = Tokens.demoUser(Tokens.RUNNER1);
        unlinkDemoPartner(runner1);

        SignIn.Authorization authorization = SignIn.partner(SignIn.DEMO_PARTNER, "openid runner.read",
                Tokens.RUNNER1, Tokens.DEMO_PASSWORD);
        assertThat(authorization.consentScreen()).contains("Demo partner app").contains("remove this app");
        Tokens partner = authorization.allow("runner.read");

        assertThat(partner.claims().get("roles").toString()).isEqualTo("[\"PARTNER\"]");
        assertThat(partner.runnerId()).isEqualTo(Tokens.claimsOf(runner1).get("runner_id").asString());
        assertThat(partner.claim("tenant")).isEqualTo(Tokens.DEMO_TENANT);
        assertThat(partner.claim("client_id")).isEqualTo(SignIn.DEMO_PARTNER.clientId());
        assertThat(partner.claims().get("scope").toString()).contains("runner.read").doesNotContain("runner.write");
        assertThat(partner.refreshToken()).isNotBlank();

        JsonNode link = Gateway.json(Gateway.as(runner1).get(PARTNER_LINKS)).get(0);
        assertThat(link.get("partnerClientId").asString()).isEqualTo("demo-partner");
        assertThat(link.get("status").asString()).isEqualTo("LINKED");
    }

    @Test
    void whenRunner1RevokesThePartnerLinkThePartnersRefreshTokenFails() throws Exception {
        String runner1 = Tokens.demoUser(Tokens.RUNNER1);
        unlinkDemoPartner(runner1);
        Tokens partner = SignIn.partner(SignIn.DEMO_PARTNER, "openid runner.read", Tokens.RUNNER1, Tokens.DEMO_PASSWORD)
                .allow("runner.read");
        HttpResponse<String> refreshed = Tokens.refresh(SignIn.DEMO_PARTNER, partner.refreshToken());
        assertThat(refreshed.statusCode()).as("refresh works while linked: " + refreshed.body()).isEqualTo(200);
        String refreshToken = Gateway.json(refreshed).get("refresh_token").asString(); // rotated

        assertThat(Gateway.as(runner1).delete(PARTNER_LINKS + "/demo-partner").statusCode()).isEqualTo(204);

        HttpResponse<String> afterRevocation = Tokens.refresh(SignIn.DEMO_PARTNER, refreshToken);
        assertThat(afterRevocation.statusCode()).isEqualTo(400);
        assertThat(afterRevocation.body()).contains("invalid_grant");
        assertThat(Gateway.json(Gateway.as(runner1).get(PARTNER_LINKS)).get(0).get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void aRunnerWhoDoesNotAllowThePartnerGivesItNoToken() throws Exception {
        Runner runner = Runners.newRunner();

        URI backToPartner = SignIn.partner(SignIn.DEMO_PARTNER, "openid runner.read", runner.email(), runner.password())
                .doNotAllow();

        assertThat(backToPartner.toString()).startsWith(SignIn.DEMO_PARTNER.redirectUri());
        Map<String, String> query = SignIn.queryOf(backToPartner.toString());
        assertThat(query).containsEntry("error", "access_denied").doesNotContainKey("code");
        assertThat(Gateway.json(runner.gateway().get(PARTNER_LINKS)).isEmpty()).isTrue();
    }

    /** Runner1 is a shared demo account: start from "not linked" whatever an earlier run left. */
    private static void unlinkDemoPartner(String runner1) throws Exception {
        int status = Gateway.as(runner1).delete(PARTNER_LINKS + "/demo-partner").statusCode();
        assertThat(status).as("revoked, or there was no link").isIn(204, 404);
    }
}
