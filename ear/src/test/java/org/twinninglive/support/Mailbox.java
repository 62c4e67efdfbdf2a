package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The tests' SMTP server: GreenMail, a real SMTP server in the test JVM, on {@code test.smtp.port},
 * which the test WildFly's mail session reaches through SMTP_HOST and SMTP_PORT (ear/pom.xml).
 * Tests may stop it to see mail wait in the outbox, then start it again.
 */
public final class Mailbox {

    /** A received mail, decoded. */
    public record Mail(String to, String subject, String body, String language, String kind, String messageId,
                       String listUnsubscribe) {
    }

    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("test.smtp.port", "3125"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops it: SMTP is down until {@link #start()}; what was received is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received for an address so far. */
    public static synchronized List<Mail> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .map(m -> decode(m, address)).toList();
    }

    /** Waits until an address has received {@code count} mails, and returns them. */
    public static List<Mail> await(String address, int count, Duration atMost) {
        var until = Instant.now().plus(atMost);
        while (to(address).size() < count && Instant.now().isBefore(until)) {
            People.pause(Duration.ofMillis(200));
        }
        var received = to(address);
        assertThat(received).as("mails to %s within %s", address, atMost).hasSizeGreaterThanOrEqualTo(count);
        return received;
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    private static Mail decode(MimeMessage message, String address) {
        try {
            return new Mail(address, message.getSubject(), text(message.getContent()).replace("\r\n", "\n"),
                    message.getHeader("Content-Language", null), message.getHeader("X-Twinning-Kind", null),
                    message.getMessageID(), message.getHeader("List-Unsubscribe", null));
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A mail's text: itself, or the plain-text part of a multipart one (Keycloak's mails have text and HTML). */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
                if (part.getContent() instanceof jakarta.mail.Multipart) {
                    return text(part.getContent());
                }
            }
            return parts.getCount() == 0 ? "" : String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
