package org.twinninglive.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.twinninglive.people.Profile;
import org.twinninglive.schools.School;

/**
 * Keeps the search index in step with the database across restarts. Changes made through the
 * application reach the index as they commit; rows that arrive otherwise (migrations, demo
 * data, a restored backup, a new node with an empty index) do not, so at start-up the index is
 * rebuilt when its counts differ from the tables'. Up to {@value #WAIT_LIMIT} rows the
 * deployment waits for it; beyond, it runs in the background and the log shows its progress.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());
    static final long WAIT_LIMIT = 50_000;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void checkIndex() {
        var session = Search.session(em);
        long profiles = em.createQuery("select count(p) from Profile p", Long.class).getSingleResult();
        long schools = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
        long indexedProfiles = session.search(Profile.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long indexedSchools = session.search(School.class).where(f -> f.matchAll()).fetchTotalHitCount();
        if (profiles == indexedProfiles && schools == indexedSchools) {
            LOG.info(() -> "Search index up to date: %d profiles, %d schools".formatted(profiles, schools));
            return;
        }
        LOG.info(() -> "Rebuilding the search index: %d/%d profiles and %d/%d schools indexed"
                .formatted(indexedProfiles, profiles, indexedSchools, schools));
        long started = System.nanoTime();
        var indexer = session.massIndexer(Profile.class, School.class).threadsToLoadObjects(2).batchSizeToLoadObjects(500);
        if (profiles + schools <= WAIT_LIMIT) {
            try {
                indexer.startAndWait();
                LOG.info(() -> "Search index rebuilt in %d ms".formatted((System.nanoTime() - started) / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } else {
            indexer.start().whenComplete((done, failure) -> {
                if (failure != null) {
                    LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
                } else {
                    LOG.info(() -> "Search index rebuilt in %d s".formatted((System.nanoTime() - started) / 1_000_000_000));
                }
            });
        }
    }
}
