package org.twinninglive.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** At start-up, goes on delivering announcements that a stop interrupted, from where they were. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AnnouncementResume {

    @PersistenceContext
    EntityManager em;

    @Inject
    FanOut fanOut;

    @PostConstruct
    void resume() {
        em.createQuery("select a.id from Announcement a where a.completedAt is null", String.class).getResultList()
                .forEach(fanOut::deliver);
    }
}
