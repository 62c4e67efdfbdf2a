package org.twinninglive.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.twinninglive.platform.PageRequest;

/** Notifications in the database: every query is one reader's, on an index that starts with them. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    EntityManager em;

    void add(Notification notification) {
        em.persist(notification);
    }

    public Optional<Notification> find(String id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    Optional<Notification> unreadGroup(String recipientId, NotificationKind kind, String reference) {
        var query = em.createQuery("select n from Notification n where n.recipientId = :r and n.kind = :k"
                        + " and n.readAt is null and " + (reference == null ? "n.reference is null" : "n.reference = :ref")
                        + " order by n.createdAt desc", Notification.class)
                .setParameter("r", recipientId).setParameter("k", kind);
        if (reference != null) {
            query.setParameter("ref", reference);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    List<Notification> of(String recipientId, boolean unreadOnly, PageRequest page) {
        return em.createQuery("select n from Notification n where n.recipientId = :r"
                        + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id", Notification.class)
                .setParameter("r", recipientId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    long count(String recipientId, boolean unreadOnly) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r"
                        + (unreadOnly ? " and n.readAt is null" : ""), Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    /** Marks the reader's own notifications among {@code ids} read; ids of others or unknown change nothing. */
    int markRead(String recipientId, Collection<String> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update Notification n set n.readAt = :at where n.recipientId = :r and n.readAt is null"
                        + " and n.id in :ids")
                .setParameter("at", at).setParameter("r", recipientId).setParameter("ids", ids).executeUpdate();
    }

    int markAllRead(String recipientId, Instant at) {
        return em.createQuery("update Notification n set n.readAt = :at where n.recipientId = :r and n.readAt is null")
                .setParameter("at", at).setParameter("r", recipientId).executeUpdate();
    }

    /** The reader's notifications of the given kinds since a moment, oldest first: a digest's content. */
    public List<Notification> since(String recipientId, Collection<NotificationKind> kinds, Instant since, int max) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.recipientId = :r and n.kind in :k"
                        + " and n.createdAt > :since order by n.createdAt", Notification.class)
                .setParameter("r", recipientId).setParameter("k", kinds).setParameter("since", since)
                .setMaxResults(max).getResultList();
    }

    List<Notification> allOf(String recipientId) {
        return em.createQuery("select n from Notification n where n.recipientId = :r order by n.createdAt",
                Notification.class).setParameter("r", recipientId).getResultList();
    }

    /** Erasure (U5): what the person received goes; where they acted, they become "a former member". */
    void eraseAllOf(String profileId) {
        em.createQuery("delete from Notification n where n.recipientId = :p").setParameter("p", profileId)
                .executeUpdate();
        em.createQuery("update Notification n set n.actorId = null where n.actorId = :p").setParameter("p", profileId)
                .executeUpdate();
    }
}
