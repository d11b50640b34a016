package io.backstride.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReceivedMailTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:30:00Z");

    @Test
    void readsTheTextAndHtmlOfAnAlternativeMail() throws Exception {
        MimeMessage message = message("Your programme starts today");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Open https://localhost/p/1", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<a href=\"https://localhost/p/1\">Open</a>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();

        ReceivedMail mail = ReceivedMail.of("<1@local>", message, List.of("runner@example.org"), RECEIVED);

        assertThat(mail.from()).isEqualTo("Backstride <noreply@backstride.io>");
        assertThat(mail.to()).containsExactly("runner@example.org");
        assertThat(mail.subject()).isEqualTo("Your programme starts today");
        assertThat(mail.text()).isEqualTo("Open https://localhost/p/1");
        assertThat(mail.html()).isEqualTo("<a href=\"https://localhost/p/1\">Open</a>");
    }

    @Test
    void leavesOutAttachments() throws Exception {
        MimeMessage message = message("Your report");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See the attachment");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent("<p>report</p>", "text/html");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();

        ReceivedMail mail = ReceivedMail.of("<1@local>", message, List.of("runner@example.org"), RECEIVED);

        assertThat(mail.text()).isEqualTo("See the attachment");
        assertThat(mail.html()).isNull();
    }

    @Test
    void writesJsonThatAParserReadsBack() {
        ReceivedMail mail = new ReceivedMail("<1@local>", "a@b.c", List.of("x@y.z", "q@r.s"),
                "Quotes \" and \\ and \u0001", "line 1\nline 2\ttab", null, RECEIVED);

        JsonNode json = JsonMapper.shared().readTree(ReceivedMail.toJson(List.of(mail)));

        assertThat(json.size()).isEqualTo(1);
        JsonNode first = json.get(0);
        assertThat(first.get("subject").asString()).isEqualTo("Quotes \" and \\ and \u0001");
        assertThat(first.get("text").asString()).isEqualTo("line 1\nline 2\ttab");
        assertThat(first.get("html").isNull()).isTrue();
        assertThat(first.get("to").get(1).asString()).isEqualTo("q@r.s");
        assertThat(first.get("receivedAt").asString()).isEqualTo("2026-03-01T08:30:00Z");
    }

    @Test
    void addsARecipientOfTheSameMail() {
        ReceivedMail mail = new ReceivedMail("<1@local>", "a@b.c", List.of("x@y.z"), "s", "t", null, RECEIVED);

        assertThat(mail.withRecipient("q@r.s").to()).containsExactly("x@y.z", "q@r.s");
    }

    private static MimeMessage message(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("noreply@backstride.io", "Backstride"));
        message.setRecipient(RecipientType.TO, new InternetAddress("runner@example.org"));
        message.setSubject(subject);
        return message;
    }
}
