package org.twinninglive.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

/**
 * Keeps the search index in step with the database across restarts. Changes made through the
 * application reach the index as they commit; rows that arrive otherwise (migrations, demo
 * data, a restored backup, a new node with an empty index) do not, so at start-up the index is
 * rebuilt, type by type (every indexed type of every feature), when its counts differ from the
 * tables'. Up to {@value #WAIT_LIMIT} rows the
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
        // every indexed type of every feature (profiles, schools, projects …): a new one needs no line here
        var behind = new ArrayList<Class<?>>();
        long rows = 0;
        var counts = new StringBuilder();
        for (SearchIndexedEntity<?> type : Search.mapping(em.getEntityManagerFactory()).allIndexedEntities()) {
            long inTable = em.createQuery("select count(e) from " + type.jpaName() + " e", Long.class).getSingleResult();
            long inIndex = session.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            counts.append(", %d/%d %s".formatted(inIndex, inTable, type.jpaName()));
            if (inTable != inIndex) {
                behind.add(type.javaClass());
                rows += inTable;
            }
        }
        String indexed = counts.length() == 0 ? "" : counts.substring(2);
        if (behind.isEmpty()) {
            LOG.info(() -> "Search index up to date: " + indexed);
            return;
        }
        LOG.info(() -> "Rebuilding the search index of %s: %s indexed".formatted(behind, indexed));
        long started = System.nanoTime();
        var indexer = session.massIndexer(behind).threadsToLoadObjects(2).batchSizeToLoadObjects(500);
        if (rows <= WAIT_LIMIT) {
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
