package org.twinninglive.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twinninglive.progression.ParticipationsRecorded;

/**
 * Walks every profile in id order, a batch per transaction, and tells progression of those that
 * are complete ({@link ProfileCompleteness}); progression credits each once, so a profile already
 * credited by an edit is not credited twice. Each batch costs the same few queries whatever its
 * size: its ids, its profiles with their subjects, their languages, and progression's own batch.
 */
@Stateless
@PermitAll
public class CompletionCatchUpBatch {

    private static final Logger LOG = Logger.getLogger(CompletionCatchUpBatch.class.getName());
    static final int BATCH_SIZE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ParticipationsRecorded> participation;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Runs the pass to its end in the background; one that stops resumes at the next start. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        var batches = context.getBusinessObject(CompletionCatchUpBatch.class);
        try {
            boolean more;
            do {
                more = batches.next(BATCH_SIZE);
            } while (more);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "Crediting the profiles already complete stopped; the next start"
                    + " resumes it after the last batch written");
        }
    }

    /** Credits the complete profiles of the next batch; false once every profile has been examined. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean next(int size) {
        // locked: two servers starting together take turns, batch by batch
        var record = em.find(CompletionCatchUpRecord.class, CompletionCatchUpRecord.ONLY, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !record.pending()) {
            return false;
        }
        List<String> ids = em.createQuery("select p.id from Profile p where p.id > :after order by p.id", String.class)
                .setParameter("after", record.resumeAfter())
                .setMaxResults(size)
                .getResultList();
        if (ids.isEmpty()) {
            record.finish(clock.instant());
            LOG.info(() -> "Profiles already complete credited: %d found complete among %d"
                    .formatted(record.foundComplete(), record.examined()));
            return false;
        }
        var profiles = em.createQuery("select p from Profile p left join fetch p.subjects where p.id in :ids",
                        Profile.class)
                .setParameter("ids", ids)
                .getResultList();
        // the other collection in a query of its own: fetching both in one would multiply the rows
        em.createQuery("select p from Profile p left join fetch p.languages where p.id in :ids", Profile.class)
                .setParameter("ids", ids)
                .getResultList();
        var credits = profiles.stream()
                .filter(Profile::complete)
                .map(profile -> ProfileCompleteness.credit(profile.id()))
                .toList();
        if (!credits.isEmpty()) {
            participation.fire(new ParticipationsRecorded(credits));
        }
        record.advance(ids.get(ids.size() - 1), ids.size(), credits.size());
        return true;
    }
}
