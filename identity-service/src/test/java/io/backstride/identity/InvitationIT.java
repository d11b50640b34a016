package io.backstride.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.backstride.identity.domain.Role;
import io.backstride.identity.persistence.InvitationDocument;
import io.backstride.identity.persistence.InvitationRepository;
import io.backstride.identity.persistence.TokenHashes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvitationIT extends IdentityIT {

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitations/accept\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    InvitationRepository invitations;

    @Test
    void anOrganiserInvitesARunnerWhoActivatesTheAccountOnceAndThenSignsIn() throws Exception {
        String organiser = clientCredentialsToken("test-organiser-tool", "test-organiser-secret");
        String email = "invitee-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> invited = send("POST", "/api/v1/identity/tenants/race-a/invitations", organiser,
                "{\"email\":\"" + email + "\",\"displayName\":\"Ina Invitee\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        JsonNode body = json(invited.body());
        assertThat(body.get("status").asString()).isEqualTo("INVITED");
        assertThat(body.get("runnerId").asString()).isNotBlank();
        assertThat(accounts.byEmail(email)).hasValueSatisfying(a -> assertThat(a.status().name()).isEqualTo("INVITED"));

        String token = invitationMailedTo(email);
        HttpResponse<String> accepted = send("POST", "/api/v1/identity/invitations/acceptance", null,
                "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted.body()).get("status").asString()).isEqualTo("ACTIVE");

        HttpResponse<String> again = send("POST", "/api/v1/identity/invitations/acceptance", null,
                "{\"token\":\"" + token + "\",\"password\":\"another long password\"}");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(again.body()).get("reason").asString()).isEqualTo("ALREADY_USED");

        HttpResponse<String> signedIn = new Browser(port).signIn(email, PASSWORD, null);
        assertThat(signedIn.body()).contains("You are signed in");
    }

    @Test
    void anExpiredInvitationIsRefused() throws Exception {
        var runner = accounts.ensureActive("expired-" + UUID.randomUUID() + "@example.org", "Late", "race-a",
                java.util.EnumSet.of(Role.RUNNER), PASSWORD);
        String token = "expired-" + UUID.randomUUID();
        Instant past = Instant.now().minus(Duration.ofDays(20));
        invitations.save(new InvitationDocument(TokenHashes.sha256(token), runner.id(), "race-a", runner.runnerId(), past,
                past.plus(Duration.ofDays(14)), "test"));

        HttpResponse<String> refused = send("POST", "/api/v1/identity/invitations/acceptance", null,
                "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(refused.statusCode()).isEqualTo(410);
        assertThat(json(refused.body()).get("reason").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aShortPasswordIsRefusedAndTheInvitationStaysUsable() throws Exception {
        String organiser = clientCredentialsToken("test-organiser-tool", "test-organiser-secret");
        String email = "short-" + UUID.randomUUID() + "@example.org";
        send("POST", "/api/v1/identity/tenants/race-a/invitations", organiser, "{\"email\":\"" + email + "\"}");
        String token = invitationMailedTo(email);

        HttpResponse<String> refused = send("POST", "/api/v1/identity/invitations/acceptance", null,
                "{\"token\":\"" + token + "\",\"password\":\"short\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("password");

        Browser browser = new Browser(port);
        HttpResponse<String> form = browser.get("/invitations/accept?token=" + token);
        assertThat(form.body()).contains("Choose a password");
        HttpResponse<String> activated = browser.post("/invitations/accept", Map.of("token", token, "password", PASSWORD,
                "confirmation", PASSWORD, "_csrf", Browser.csrfOf(form.body())));
        assertThat(activated.body()).contains("Your account is ready");
    }

    @Test
    void anOrganiserCannotInviteIntoAnotherRaceOrganiser() throws Exception {
        String organiser = clientCredentialsToken("test-organiser-tool", "test-organiser-secret");
        HttpResponse<String> refused = send("POST", "/api/v1/identity/tenants/race-b/invitations", organiser,
                "{\"email\":\"x-" + UUID.randomUUID() + "@example.org\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aRunnerCannotInviteAnyone() throws Exception {
        String runner = tokenFor("someone", "race-a", List.of(Role.RUNNER), "r-12345678");
        HttpResponse<String> refused = send("POST", "/api/v1/identity/tenants/race-a/invitations", runner,
                "{\"email\":\"y-" + UUID.randomUUID() + "@example.org\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    static String invitationMailedTo(String email) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> email.equals(SignInLinkIT.recipient(m)))
                .map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=3D", "="))
                .map(INVITATION_TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(null), t -> t != null);
    }
}
