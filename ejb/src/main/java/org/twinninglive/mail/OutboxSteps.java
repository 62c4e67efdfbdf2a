package org.twinninglive.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The steps of a mail pass, each in a transaction of its own (see {@link OutboxSender}). */
@Stateless
@PermitAll
public class OutboxSteps {

    private static final Logger LOG = Logger.getLogger(OutboxSteps.class.getName());
    /** How long a claim holds: a sender that dies leaves its rows to the next after this. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    Outbox outbox;

    @Inject
    DigestWriter digests;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "twinning.mail-from", defaultValue = "no-reply@twinning.live")
    String from;

    /** The delay before the first retry of a mail SMTP refused (30 s; then twice as long each time, at most an hour). */
    @Inject
    @ConfigProperty(name = "twinning.mail-first-retry", defaultValue = "PT30S")
    String firstRetry;

    /** A sender's claim: its token and the rows it holds until the claim expires. */
    public record Claim(String token, List<String> ids) {
    }

    /** Jakarta Mail waits for ever by default: an SMTP server that stops answering must not stop the sender. */
    @PostConstruct
    void timeouts() {
        var properties = session.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "20000");
        properties.putIfAbsent("mail.smtp.writetimeout", "20000");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(int max) {
        var now = clock.instant();
        String token = UUID.randomUUID().toString();
        return new Claim(token, outbox.claim(token, now, now.plus(CLAIM), max));
    }

    /**
     * Sends one claimed mail and records the outcome; true if it left. The row is locked and
     * must still be this sender's claim: a claim that expired while SMTP was slow may have been
     * taken by another sender, who sends it instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(String id, String token) {
        var mail = outbox.findForUpdate(id);
        if (mail == null || mail.sentAt() != null || !mail.claimedBy(token, clock.instant())) {
            return false;
        }
        try {
            Transport.send(message(mail));
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException | UnsupportedEncodingException refused) {
            mail.failed(clock.instant(), refused.getClass().getSimpleName() + ": " + refused.getMessage(),
                    Duration.parse(firstRetry));
            LOG.fine(() -> "Mail %s not sent (attempt %d): %s".formatted(id, mail.attempts(), refused.getMessage()));
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeSent(Duration kept) {
        return outbox.purgeSentBefore(clock.instant().minus(kept));
    }

    public void writeDueDigests() {
        for (String profileId : digests.due(clock.instant(), 200)) {
            try {
                digests.write(profileId);
            } catch (RuntimeException failed) {
                // one person's digest must not hold up everyone's: theirs moves on, the others are written
                LOG.log(java.util.logging.Level.WARNING, "The digest of " + profileId + " failed; skipped", failed);
                digests.skip(profileId);
            }
        }
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the outbox row's id: a mail sent twice after a crash is recognisably the same mail
                setHeader("Message-ID", "<" + mail.id() + "@twinning.live>");
            }
        };
        message.setFrom(new InternetAddress(from, "Twinning Live", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", mail.language());
        message.setHeader("X-Twinning-Kind", mail.kind());
        if (mail.unsubscribeUrl() != null) {
            // RFC 8058: mail providers offer "unsubscribe" and POST to it, without the person signing in
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
