package io.backstride.identity.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** The mails identity-service sends: invitations and sign-in links. Plain text, links only, no health data. */
@Service
public class Letters {

    private final JavaMailSender mail;
    private final String from;

    public Letters(JavaMailSender mail, @Value("${identity.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    public void invitation(String to, String link, String tenantId) {
        send(to, "You are invited to Backstride",
                "Hello,\n\nyour race organiser (" + tenantId + ") invites you to Backstride, a self-management programme "
                        + "for runners whose lower back aches during or after a run.\n\n"
                        + "Open this link to choose a password and activate your account:\n\n" + link + "\n\n"
                        + "The link works once and expires. If you did not expect this mail, ignore it.\n");
    }

    public void signInLink(String to, String link) {
        send(to, "Your Backstride sign-in link",
                "Hello,\n\nopen this link to sign in to Backstride:\n\n" + link + "\n\n"
                        + "The link works once and expires in a few minutes. If you did not ask for it, ignore this mail: "
                        + "nobody can sign in without opening it.\n");
    }

    private void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }
}
