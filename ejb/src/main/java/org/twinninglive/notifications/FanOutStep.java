package org.twinninglive.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** One batch of an announcement's delivery, in a transaction of its own. */
@Stateless
@PermitAll
public class FanOutStep {

    static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotifiedMany> notified;

    @Inject
    Clock clock;

    /**
     * Stores the notifications of the next batch of recipients, in id order after the last one
     * delivered, and lets mail write their outbox rows in the same transaction. False when
     * everyone has it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean nextBatch(String announcementId) {
        var announcement = em.find(Announcement.class, announcementId, LockModeType.PESSIMISTIC_WRITE);
        if (announcement == null || announcement.completedAt() != null) {
            return false;
        }
        var now = clock.instant();
        List<String> ids = recipients(em, announcement.country(), announcement.authorId(), announcement.lastId(),
                String.class).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            announcement.completed(now);
            return false;
        }
        var batch = new ArrayList<Notification>(ids.size());
        for (String id : ids) {
            var notification = new Notification(id, NotificationKind.ANNOUNCEMENT, null, announcement.id(),
                    announcement.text(), now);
            em.persist(notification);
            batch.add(notification);
        }
        notified.fire(new NotifiedMany(NotificationKind.ANNOUNCEMENT, batch));
        announcement.deliveredUpTo(ids.get(ids.size() - 1), ids.size());
        return true;
    }

    /** The members an announcement is for (not erased, not leaving, not its author), in id order. */
    static <T> TypedQuery<T> recipients(EntityManager em, String country, String authorId, String after,
                                        Class<T> type) {
        boolean count = type == Long.class;
        var query = em.createQuery((count ? "select count(p)" : "select p.id") + " from Profile p"
                + " where p.erasedAt is null and p.deletionDueAt is null and p.id <> :author"
                + (country == null ? "" : " and p.country = :country")
                + (after == null ? "" : " and p.id > :after")
                + (count ? "" : " order by p.id"), type).setParameter("author", authorId);
        if (country != null) {
            query.setParameter("country", country);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query;
    }
}
