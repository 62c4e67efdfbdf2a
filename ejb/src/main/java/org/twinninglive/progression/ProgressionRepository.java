package org.twinninglive.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.platform.RowLocks;

/** The queries of progression, next to each other. */
@ApplicationScoped
public class ProgressionRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowLocks locks;

    public List<ProgressionRule> rules() {
        return em.createQuery("select r from ProgressionRule r order by r.position", ProgressionRule.class)
                .setHint("org.hibernate.cacheable", true)
                .getResultList();
    }

    public Optional<ProgressionRule> rule(String category) {
        return Optional.ofNullable(em.find(ProgressionRule.class, category));
    }

    /** Locks the rows of these profiles, for a re-computation that must not lose a credit. */
    public void lockProfiles(Collection<String> profileIds) {
        lockExistingProfiles(profileIds);
    }

    /**
     * Locks the rows of these profiles in id order (two batches over the same profiles queue
     * instead of deadlocking); answers the ids that exist.
     */
    public Set<String> lockExistingProfiles(Collection<String> profileIds) {
        // a plain row lock, without the entity's version check: the profile may change meanwhile
        List<String> locked = em.createNativeQuery("select id from profile where id in (:ids) order by id "
                        + locks.ownActions(), String.class)
                .setParameter("ids", profileIds)
                .getResultList();
        return new HashSet<>(locked);
    }

    /** The references of one category already credited to each of these profiles, in one query. */
    public Map<String, Set<String>> creditedReferences(String category, Collection<String> profileIds) {
        var result = new HashMap<String, Set<String>>();
        em.createQuery("select l.profileId, l.reference from LedgerEntry l where l.category = :category"
                        + " and l.profileId in :ids", Object[].class)
                .setParameter("category", category)
                .setParameter("ids", profileIds)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((String) row[0], id -> new HashSet<>()).add((String) row[1]));
        return result;
    }

    /** How many actions of one category each of these profiles has in the ledger, in one query. */
    public Map<String, Long> actionCounts(String category, Collection<String> profileIds) {
        var result = new HashMap<String, Long>();
        em.createQuery("select l.profileId, count(l) from LedgerEntry l where l.category = :category"
                        + " and l.profileId in :ids group by l.profileId", Object[].class)
                .setParameter("category", category)
                .setParameter("ids", profileIds)
                .getResultList()
                .forEach(row -> result.put((String) row[0], (Long) row[1]));
        return result;
    }

    public void add(LedgerEntry entry) {
        em.persist(entry);
    }

    public List<AreaPoints> barRows(String profileId) {
        return em.createQuery("select b from AreaPoints b where b.key.profileId = :profile", AreaPoints.class)
                .setParameter("profile", profileId)
                .getResultList();
    }

    /** The bar rows of these profiles, every area, in one query. */
    public List<AreaPoints> barRowsOf(Collection<String> profileIds) {
        return em.createQuery("select b from AreaPoints b where b.key.profileId in :ids", AreaPoints.class)
                .setParameter("ids", profileIds)
                .getResultList();
    }

    public void add(AreaPoints row) {
        em.persist(row);
    }

    /** Actions per category of each of these profiles, in one query. */
    public Map<String, Map<String, Long>> actionsByProfile(Collection<String> profileIds) {
        var result = new HashMap<String, Map<String, Long>>();
        em.createQuery("select l.profileId, l.category, count(l) from LedgerEntry l where l.profileId in :ids"
                        + " group by l.profileId, l.category", Object[].class)
                .setParameter("ids", profileIds)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((String) row[0], id -> new HashMap<>())
                        .put((String) row[1], (Long) row[2]));
        return result;
    }

    public void deleteBars(Collection<String> profileIds) {
        em.createQuery("delete from AreaPoints b where b.key.profileId in :ids")
                .setParameter("ids", profileIds)
                .executeUpdate();
    }

    /** Profile ids in id order after the given one (keyset paging: no offset scans on big tables). */
    public List<String> profileIdsAfter(String afterId, int size) {
        return em.createQuery("select p.id from Profile p where p.id > :after order by p.id", String.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
    }

    /** The re-computation's row, locked: one batch or one rule change at a time moves it. */
    public RecomputationRecord recomputationRecord() {
        return em.find(RecomputationRecord.class, RecomputationRecord.ONLY, LockModeType.PESSIMISTIC_WRITE);
    }

    public long profiles() {
        return em.createQuery("select count(p) from Profile p", Long.class).getSingleResult();
    }
}
