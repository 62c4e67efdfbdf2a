package org.twinninglive.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.twinninglive.platform.RowLocks;

/** The outbox table: rows are written by actions, claimed and settled by {@link OutboxSender}. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowLocks locks;

    void add(OutboxMail mail) {
        em.persist(mail);
    }

    /**
     * Claims up to {@code max} due rows for one sender until {@code until}: rows another sender
     * holds (locked now, or claimed and not yet expired) are skipped. The update repeats the
     * condition, so that a row is claimed by one sender however the selects interleave.
     */
    @SuppressWarnings("unchecked")
    List<String> claim(String claim, Instant now, Instant until, int max) {
        List<String> due = em.createNativeQuery("select id from mail_outbox where sent_at is null"
                        + " and next_attempt_at <= ?1 and (claimed_until is null or claimed_until < ?1)"
                        + " order by next_attempt_at, id limit " + max + " " + locks.claimRows())
                .setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        em.createQuery("update OutboxMail m set m.claim = :claim, m.claimedUntil = :until where m.id in :ids"
                        + " and m.sentAt is null and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("claim", claim).setParameter("until", until).setParameter("ids", due)
                .setParameter("now", now).executeUpdate();
        return em.createQuery("select m.id from OutboxMail m where m.claim = :claim and m.sentAt is null", String.class)
                .setParameter("claim", claim).getResultList();
    }

    OutboxMail findForUpdate(String id) {
        return em.find(OutboxMail.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    long unsentCount() {
        return em.createQuery("select count(m) from OutboxMail m where m.sentAt is null", Long.class).getSingleResult();
    }

    List<OutboxMail> of(String recipientId) {
        return em.createQuery("select m from OutboxMail m where m.recipientId = :r order by m.createdAt",
                OutboxMail.class).setParameter("r", recipientId).getResultList();
    }

    /** Sent mails older than this go: their texts name other people, and nobody reads them again. */
    int purgeSentBefore(Instant before) {
        return em.createQuery("delete from OutboxMail m where m.sentAt is not null and m.sentAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    void eraseAllOf(String profileId) {
        em.createQuery("delete from OutboxMail m where m.recipientId = :r").setParameter("r", profileId).executeUpdate();
    }
}
