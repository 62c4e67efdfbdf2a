package org.twinninglive.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what waits in the outbox (N4), every {@code TWINNING_MAIL_INTERVAL} (default 10 s),
 * when SMTP is configured ({@code SMTP_HOST}); without it mail stays in the outbox. Each pass
 * claims a batch, sends each mail in its own transaction and marks it sent, or sets its next
 * attempt further away when SMTP refuses or is down: the user's action never waited for SMTP,
 * nothing is lost, and a mail is marked sent once. Then it writes the digests that are due.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** Small enough to be sent well within a claim (5 min) even when SMTP answers slowly. */
    static final int BATCH = 25;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "twinning.mail-interval", defaultValue = "PT10S")
    String interval;

    @Inject
    @ConfigProperty(name = "smtp.host", defaultValue = " ")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "twinning.mail-kept", defaultValue = "P30D")
    String kept;

    @Inject
    OutboxSteps steps;

    /** When sent mails were last purged: once an hour is enough. */
    private volatile java.time.Instant purgedAt = java.time.Instant.EPOCH;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
        if (smtpHost.isBlank()) {
            LOG.info("SMTP_HOST is not set: e-mails wait in the outbox until it is");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!smtpHost.isBlank()) {
                sendDue();
            }
            steps.writeDueDigests();
            var now = clock.instant();
            if (purgedAt.isBefore(now.minus(Duration.ofHours(1)))) {
                purgedAt = now;
                steps.purgeSent(Duration.parse(kept));
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The mail pass failed; the next one tries again", failed);
        } finally {
            running.set(false);
        }
    }

    private void sendDue() {
        var claimed = steps.claim(BATCH);
        int sent = 0;
        for (String id : claimed.ids()) {
            try {
                if (steps.send(id, claimed.token())) {
                    sent++;
                }
            } catch (RuntimeException failed) {
                // this mail's transaction rolled back: it stays unsent and is claimed again when the claim expires
                LOG.log(Level.WARNING, "Mail " + id + " could not be handled; the others go on", failed);
            }
        }
        if (!claimed.ids().isEmpty()) {
            int done = sent;
            LOG.fine(() -> "Mail pass: %d of %d sent".formatted(done, claimed.ids().size()));
        }
    }
}
