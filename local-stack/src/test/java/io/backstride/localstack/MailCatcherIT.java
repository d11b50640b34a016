package io.backstride.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MailCatcherIT {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final int smtpPort = FreePorts.next();
    private static MailCatcher catcher;

    @BeforeAll
    static void start() throws Exception {
        catcher = new MailCatcher(smtpPort, FreePorts.next());
        catcher.start();
    }

    @AfterAll
    static void stop() {
        catcher.close();
    }

    @BeforeEach
    void clear() throws Exception {
        assertThat(send("DELETE", catcher.messagesUrl()).statusCode()).isEqualTo(204);
    }

    @Test
    void showsAReceivedMailOnceWithAllItsRecipients() throws Exception {
        MimeMessage invitation = new MimeMessage(smtpSession());
        invitation.setFrom(new InternetAddress("noreply@backstride.io"));
        invitation.setRecipients(RecipientType.TO, "runner@example.org, coach@example.org");
        invitation.setRecipients(RecipientType.BCC, "audit@backstride.io");
        invitation.setSubject("You are invited to Backstride");
        invitation.setText("Start here: http://localhost:8080/invitations/abc123");
        Transport.send(invitation);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages().size()).isEqualTo(1));
        JsonNode mail = messages().get(0);
        assertThat(mail.get("from").asString()).isEqualTo("noreply@backstride.io");
        assertThat(mail.get("to").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("runner@example.org", "coach@example.org", "audit@backstride.io");
        assertThat(mail.get("subject").asString()).isEqualTo("You are invited to Backstride");
        assertThat(mail.get("text").asString()).isEqualTo("Start here: http://localhost:8080/invitations/abc123");
        assertThat(mail.get("receivedAt").asString()).isNotBlank();
    }

    @Test
    void forgetsTheMailsWhenCleared() throws Exception {
        MimeMessage reminder = new MimeMessage(smtpSession());
        reminder.setFrom(new InternetAddress("noreply@backstride.io"));
        reminder.setRecipients(RecipientType.TO, "runner@example.org");
        reminder.setSubject("Session reminder");
        reminder.setText("Your session is due today");
        Transport.send(reminder);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages().size()).isEqualTo(1));

        assertThat(send("DELETE", catcher.messagesUrl()).statusCode()).isEqualTo(204);

        assertThat(messages().size()).isZero();
    }

    @Test
    void answersOnlyReadAndClearOnItsOnePath() throws Exception {
        HttpResponse<String> post = send("POST", catcher.messagesUrl());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, DELETE");

        assertThat(send("GET", catcher.messagesUrl() + "/1").statusCode()).isEqualTo(404);
    }

    @Test
    void saysWhichPortIsBusy() {
        MailCatcher second = new MailCatcher(smtpPort, FreePorts.next());

        assertThatIOException().isThrownBy(second::start).withMessage("SMTP port " + smtpPort + " is in use");
    }

    private static Session smtpSession() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        return Session.getInstance(properties);
    }

    private static JsonNode messages() throws Exception {
        HttpResponse<String> response = send("GET", catcher.messagesUrl());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JsonMapper.shared().readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), BodyHandlers.ofString());
    }
}
