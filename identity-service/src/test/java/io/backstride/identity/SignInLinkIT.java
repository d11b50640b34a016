package io.backstride.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.AuditLog;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SignInLinkIT extends IdentityIT {

    private static final Pattern LINK_TOKEN = Pattern.compile("/login/ott\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    AuditLog audit;

    @Test
    void aRunnerSignsInWithTheOneTimeLinkMailedToThemAndTheLinkWorksOnce() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        Browser browser = new Browser(port);

        HttpResponse<String> requested = browser.post("/ott/generate", Map.of("username", runner.email(), "_csrf", browser.csrf()));
        assertThat(requested.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/link-sent"));
        String token = tokenMailedTo(runner.email());

        HttpResponse<String> submitPage = browser.get("/login/ott?token=" + token);
        assertThat(submitPage.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = browser.post("/login/ott", Map.of("token", token, "_csrf", browser.csrf()));
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.follow(signedIn, null).body()).contains("You are signed in");
        assertThat(audit.recent(AuditLog.SIGN_IN, null, 20)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(runner.id());
            assertThat(entry.detail()).isEqualTo("sign-in link");
        });

        Browser someoneElse = new Browser(port);
        HttpResponse<String> reused = someoneElse.post("/login/ott", Map.of("token", token, "_csrf", someoneElse.csrf()));
        assertThat(reused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void askingForALinkForAnUnknownEmailLooksTheSameAndSendsNothing() throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> requested = browser.post("/ott/generate", Map.of("username", "nobody@example.org", "_csrf", browser.csrf()));
        assertThat(requested.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/link-sent"));
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(SignInLinkIT::recipient)).doesNotContain("nobody@example.org");
    }

    static String tokenMailedTo(String email) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> email.equals(recipient(m)))
                .map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=3D", "="))
                .map(LINK_TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(null), t -> t != null);
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
