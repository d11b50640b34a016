package io.backstride.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches every mail the services send: an SMTP server without authentication that accepts any recipient, and a JSON
 * endpoint to read the mails ({@code GET /messages}, newest first) and to clear them ({@code DELETE /messages}).
 * Mails live in memory only.
 */
final class MailCatcher implements Component {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);
    private static final String PATH = "/messages";

    private final int smtpPort;
    private final int httpPort;
    private GreenMail greenMail;
    private HttpServer http;

    MailCatcher(int smtpPort, int httpPort) {
        this.smtpPort = smtpPort;
        this.httpPort = httpPort;
    }

    static MailCatcher from(Arguments arguments) {
        return new MailCatcher(arguments.port("smtp-port", 3025), arguments.port("http-port", 8025));
    }

    @Override
    public void start() throws IOException {
        // GreenMail binds on a thread of its own and would report a busy port only as a start-up timeout
        requireFree(smtpPort, "SMTP");
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 0);
        } catch (BindException e) {
            throw new IOException("HTTP port " + httpPort + " is in use", e);
        }
        http.createContext(PATH, this::messages);
        http.start();
    }

    private static void requireFree(int port, String protocol) throws IOException {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
        } catch (BindException e) {
            throw new IOException(protocol + " port " + port + " is in use", e);
        }
    }

    String messagesUrl() {
        return "http://localhost:" + httpPort + PATH;
    }

    @Override
    public String endpoints() {
        return "smtp://localhost:" + smtpPort + ", " + messagesUrl();
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
            http = null;
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail once, however many recipients it was delivered to. */
    List<ReceivedMail> received() throws FolderException, MessagingException, IOException {
        ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
        Map<String, ReceivedMail> byId = new LinkedHashMap<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            for (StoredMessage stored : mailboxes.getInbox(user).getMessages()) {
                MimeMessage message = stored.getMimeMessage();
                String id = message.getMessageID() != null ? message.getMessageID()
                        : user.getEmail() + "#" + stored.getUid();
                ReceivedMail seen = byId.get(id);
                byId.put(id, seen != null ? seen.withRecipient(user.getEmail())
                        : ReceivedMail.of(id, message, List.of(user.getEmail()), stored.getReceivedDate().toInstant()));
            }
        }
        List<ReceivedMail> mails = new ArrayList<>(byId.values());
        mails.sort(Comparator.comparing(ReceivedMail::receivedAt).reversed());
        return mails;
    }

    private void messages(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (FolderException | MessagingException e) {
                log.warn("cannot read the mailboxes", e);
                respond(exchange, 500, "{\"error\":\"cannot read the mailboxes\"}");
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException, FolderException, MessagingException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "GET" -> respond(exchange, 200, ReceivedMail.toJson(received()));
            case "DELETE" -> {
                greenMail.purgeEmailFromAllMailboxes();
                exchange.sendResponseHeaders(204, -1);
            }
            default -> {
                exchange.getResponseHeaders().set("Allow", "GET, DELETE");
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
