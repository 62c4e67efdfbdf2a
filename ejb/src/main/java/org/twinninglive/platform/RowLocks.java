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

    private volatile String clause;

    /** "for no key update" on PostgreSQL, else "for update"; asked of the database once. */
    public String ownActions() {
        String known = clause;
        if (known == null) {
            String product = em.unwrap(Session.class)
                    .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equalsIgnoreCase(product) ? "for no key update" : "for update";
            clause = known;
        }
        return known;
    }
}
