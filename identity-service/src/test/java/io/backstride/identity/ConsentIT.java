package io.backstride.identity;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.AuditLog;
import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.security.RunnerConsents;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsentIT extends IdentityIT {

    @Autowired
    AuditLog audit;

    /** The consumers' side of the contract: the platform read model every health-data service keeps. */
    @Autowired
    RunnerConsents servicesView;

    @Test
    void theConsentReadModelOfTheServicesFollowsWhatThisServicePublishes() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        String token = runnerToken(runner);
        assertThat(send("POST", "/api/v1/identity/me/consents", token, "{\"version\":1}").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> servicesView.inForce(runner.runnerId()));
        assertThat(send("DELETE", "/api/v1/identity/me/consents", token, null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !servicesView.inForce(runner.runnerId()));
    }

    @Test
    void theCurrentConsentTextIsPublicAndVersioned() throws Exception {
        HttpResponse<String> response = get("/api/v1/identity/consent/current", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode text = json(response.body());
        assertThat(text.get("version").asInt()).isEqualTo(1);
        assertThat(text.get("text").asString()).contains("not medical advice");
    }

    @Test
    void givingAndWithdrawingConsentIsRecordedAndPublishesEventsThatMatchTheirSchemas() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        String token = runnerToken(runner);
        try (EventCapture capture = EventCapture.of("identity.consent.v1")) {
            HttpResponse<String> given = send("POST", "/api/v1/identity/me/consents", token, "{\"version\":1}");
            assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
            assertThat(json(given.body()).get("consentInForce").asBoolean()).isTrue();

            IncomingEvent consentGiven = await().atMost(Duration.ofSeconds(20)).until(
                    () -> capture.events("backstride.identity.ConsentGiven.v1").stream()
                            .filter(e -> runner.runnerId().equals(e.subject())).findFirst().orElse(null), e -> e != null);
            EventSchemas.assertConforms(consentGiven);
            assertThat(json(new String(consentGiven.data())).get("consentVersion").asInt()).isEqualTo(1);

            HttpResponse<String> withdrawn = send("DELETE", "/api/v1/identity/me/consents", token, null);
            assertThat(withdrawn.statusCode()).isEqualTo(200);
            IncomingEvent consentWithdrawn = await().atMost(Duration.ofSeconds(20)).until(
                    () -> capture.events("backstride.identity.ConsentWithdrawn.v1").stream()
                            .filter(e -> runner.runnerId().equals(e.subject())).findFirst().orElse(null), e -> e != null);
            EventSchemas.assertConforms(consentWithdrawn);
            assertThat(capture.records()).filteredOn(r -> runner.runnerId().equals(r.key())).hasSize(2);
        }
        JsonNode mine = json(get("/api/v1/identity/me/consents", token).body());
        assertThat(mine.get("consentInForce").asBoolean()).isFalse();
        assertThat(mine.get("history").findValuesAsString("decision")).containsExactly("WITHDRAWN", "GIVEN");
        assertThat(audit.recent(null, null, 50)).filteredOn(e -> runner.runnerId().equals(e.target()))
                .extracting(AuditLog.Entry::action).contains(AuditLog.CONSENT_GIVEN, AuditLog.CONSENT_WITHDRAWN);
    }

    @Test
    void consentToAVersionOtherThanTheCurrentOneIsRefused() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/v1/identity/me/consents", runnerToken(newRunner("race-a")),
                "{\"version\":7}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void withdrawingWithoutConsentIsAConflict() throws Exception {
        assertThat(send("DELETE", "/api/v1/identity/me/consents", runnerToken(newRunner("race-a")), null).statusCode())
                .isEqualTo(409);
    }
}
