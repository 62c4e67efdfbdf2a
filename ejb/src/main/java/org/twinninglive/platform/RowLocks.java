package org.twinninglive.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * The row lock that serialises one person's own actions (a follow, a request, a credit) on
 * their profile row. On PostgreSQL it is {@code FOR NO KEY UPDATE}: it still queues that
 * person's actions, but no longer blocks the {@code FOR KEY SHARE} that a foreign-key check
 * takes when someone else's action points at the row (alice follows bob while bob follows
 * chiara …: with {@code FOR UPDATE}, a cycle of such actions deadlocked). H2 knows only
 * {@code FOR UPDATE}, and takes no key-share locks, so there it stays.
 */
@ApplicationScoped
public class RowLocks {

    @PersistenceContext
    EntityManager em;

    private volatile Boolean postgresql;

    /** "for no key update" on PostgreSQL, else "for update". */
    public String ownActions() {
        return postgresql() ? "for no key update" : "for update";
    }

    /**
     * The lock of a worker claiming queued rows (outbox, jobs): on PostgreSQL {@code FOR UPDATE
     * SKIP LOCKED}, so that several nodes' workers each take other rows without waiting; H2
     * (one node) waits with {@code FOR UPDATE}, and the claim's own condition keeps it exact.
     */
    public String claimRows() {
        return postgresql() ? "for update skip locked" : "for update";
    }

    /** Asked of the database once. */
    private boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            String product = em.unwrap(Session.class)
                    .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equalsIgnoreCase(product);
            postgresql = known;
        }
        return known;
    }
}
