package io.backstride.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.backstride.identity.application.Accounts;
import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.security.PartnerLinks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PartnerLinkIT extends IdentityIT {

    private static final String PARTNER = "test-partner";
    private static final String SECRET = "test-partner-secret";
    private static final String CALLBACK = "http://localhost:8091/callback";

    @Autowired
    PartnerLinks servicesView;

    @Test
    void aPartnerActsForARunnerOnlyAfterApprovalRefreshesItsTokenAndLosesAccessWhenTheRunnerRevokes() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        try (EventCapture capture = EventCapture.of("identity.partner-link.v1")) {
            JsonNode tokens = approveAndExchange(runner);
            JsonNode access = claims(tokens.get("access_token").asString());
            assertThat(access.get("sub").asString()).isEqualTo(runner.id());
            assertThat(access.get("roles").toString()).isEqualTo("[\"PARTNER\"]");
            assertThat(access.get("runner_id").asString()).isEqualTo(runner.runnerId());
            assertThat(access.get("tenant").asString()).isEqualTo("race-a");
            assertThat(access.get("client_id").asString()).isEqualTo(PARTNER);
            assertThat(access.get("scope").toString()).contains("runner.read");

            IncomingEvent linked = awaitLinkEvent(capture, runner, "LINKED");
            EventSchemas.assertConforms(linked);
            // the consumers' side: the platform read model every health-data service keeps
            await().atMost(Duration.ofSeconds(20)).until(() -> servicesView.isLinked(runner.runnerId(), PARTNER));

            HttpResponse<String> refreshed = refresh(tokens.get("refresh_token").asString());
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            JsonNode refreshedClaims = claims(json(refreshed.body()).get("access_token").asString());
            assertThat(refreshedClaims.get("runner_id").asString()).isEqualTo(runner.runnerId());
            assertThat(refreshedClaims.get("client_id").asString()).isEqualTo(PARTNER);

            String runnerToken = runnerToken(runner);
            JsonNode links = json(get("/api/v1/identity/me/partner-links", runnerToken).body());
            assertThat(links.get(0).get("partnerClientId").asString()).isEqualTo(PARTNER);
            assertThat(links.get(0).get("status").asString()).isEqualTo("LINKED");

            assertThat(send("DELETE", "/api/v1/identity/me/partner-links/" + PARTNER, runnerToken, null).statusCode()).isEqualTo(204);
            EventSchemas.assertConforms(awaitLinkEvent(capture, runner, "REVOKED"));
            HttpResponse<String> afterRevocation = refresh(json(refreshed.body()).get("refresh_token").asString());
            assertThat(afterRevocation.statusCode()).isEqualTo(400);
            assertThat(afterRevocation.body()).contains("invalid_grant");
            assertThat(json(get("/api/v1/identity/me/partner-links", runnerToken).body()).get(0).get("status").asString())
                    .isEqualTo("REVOKED");
            await().atMost(Duration.ofSeconds(20)).until(() -> !servicesView.isLinked(runner.runnerId(), PARTNER));
        }
    }

    @Test
    void aRunnerWhoDoesNotApproveGivesThePartnerNothing() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        Browser browser = new Browser(port);
        browser.get(Browser.authorizePath(PARTNER, CALLBACK, "openid runner.read", Browser.Pkce.create()));
        HttpResponse<String> consentPage = browser.signIn(runner.email(), PASSWORD, CALLBACK);
        HttpResponse<String> denied = browser.post("/oauth2/authorize", Map.of("client_id", PARTNER,
                "state", Browser.stateOf(consentPage.body())));
        assertThat(denied.headers().firstValue("Location").orElse("")).startsWith(CALLBACK).contains("error=access_denied");
        assertThat(json(get("/api/v1/identity/me/partner-links", runnerToken(runner)).body()).isEmpty()).isTrue();
    }

    private JsonNode approveAndExchange(Accounts.Account runner) throws Exception {
        Browser browser = new Browser(port);
        Browser.Pkce pkce = Browser.Pkce.create();
        browser.get(Browser.authorizePath(PARTNER, CALLBACK, "openid runner.read", pkce));
        HttpResponse<String> consentPage = browser.signIn(runner.email(), PASSWORD, CALLBACK);
        assertThat(consentPage.statusCode()).isEqualTo(200);
        assertThat(consentPage.body()).contains("Test Partner Running App").contains("remove this app");
        HttpResponse<String> approved = browser.post("/oauth2/authorize", Map.of("client_id", PARTNER,
                "state", Browser.stateOf(consentPage.body()), "scope", "runner.read"));
        String code = Browser.codeFrom(approved);
        HttpResponse<String> tokens = tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", CALLBACK, "code_verifier", pkce.verifier()), PARTNER, SECRET);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens.body());
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), PARTNER, SECRET);
    }

    private static IncomingEvent awaitLinkEvent(EventCapture capture, Accounts.Account runner, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> capture.events("backstride.identity.PartnerLinkChanged.v1")
                .stream().filter(e -> runner.runnerId().equals(e.subject()))
                .filter(e -> json(new String(e.data())).get("status").asString().equals(status))
                .findFirst().orElse(null), e -> e != null);
    }
}
