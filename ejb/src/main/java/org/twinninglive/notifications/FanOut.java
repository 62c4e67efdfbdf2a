package org.twinninglive.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers announcements off the request thread: once one commits, a background task stores
 * it batch after batch ({@link FanOutStep}), each in its own transaction, until everyone has it.
 */
@Stateless
@PermitAll
public class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class.getName());

    @Inject
    FanOutStep step;

    @Inject
    FanOut self;

    public void made(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnnouncementMade made) {
        self.deliver(made.announcementId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(String announcementId) {
        long started = System.nanoTime();
        int batches = 0;
        try {
            while (step.nextBatch(announcementId)) {
                batches++;
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Announcement " + announcementId + " stopped after " + batches
                    + " batches; the next start of the platform goes on from there", failed);
            return;
        }
        int done = batches;
        LOG.info(() -> "Announcement %s delivered in %d batches, %d ms".formatted(announcementId, done,
                (System.nanoTime() - started) / 1_000_000));
    }
}
