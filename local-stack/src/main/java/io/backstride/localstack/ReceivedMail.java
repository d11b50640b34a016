package io.backstride.localstack;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * One mail as the mail catcher shows it: what a developer needs to read an invitation or follow a one-time link.
 *
 * @param id the Message-ID, or a mailbox-local id for a mail sent without one
 * @param to the envelope recipients (Bcc included), not the To header
 */
record ReceivedMail(String id, String from, List<String> to, String subject, String text, String html,
                    Instant receivedAt) {

    static ReceivedMail of(String id, MimeMessage message, List<String> recipients, Instant receivedAt)
            throws MessagingException, IOException {
        return new ReceivedMail(id, addresses(message.getFrom()), recipients, message.getSubject(),
                body(message, "text/plain"), body(message, "text/html"), receivedAt);
    }

    ReceivedMail withRecipient(String recipient) {
        List<String> recipients = new ArrayList<>(to);
        recipients.add(recipient);
        return new ReceivedMail(id, from, List.copyOf(recipients), subject, text, html, receivedAt);
    }

    static String toJson(List<ReceivedMail> mails) {
        return mails.stream().map(ReceivedMail::toJson).collect(Collectors.joining(",", "[", "]"));
    }

    String toJson() {
        return "{\"id\":" + quote(id)
                + ",\"from\":" + quote(from)
                + ",\"to\":" + to.stream().map(ReceivedMail::quote).collect(Collectors.joining(",", "[", "]"))
                + ",\"subject\":" + quote(subject)
                + ",\"text\":" + quote(text)
                + ",\"html\":" + quote(html)
                + ",\"receivedAt\":" + quote(receivedAt.toString()) + "}";
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? null
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The first inline part of the given type, looking into multiparts; null when there is none. */
    private static String body(Part part, String mimeType) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String body = body(multipart.getBodyPart(i), mimeType);
                if (body != null) {
                    return body;
                }
            }
        }
        return null;
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
