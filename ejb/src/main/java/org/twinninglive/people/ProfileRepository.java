package org.twinninglive.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds profiles; the queries live here, next to their only user. */
@ApplicationScoped
public class ProfileRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Profile> findBySubject(String subject) {
        return em.createQuery("select p from Profile p where p.subject = :subject", Profile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public Optional<Profile> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Profile.class, id));
    }

    public long count() {
        return em.createQuery("select count(p) from Profile p", Long.class).getSingleResult();
    }

    public void add(Profile profile) {
        em.persist(profile);
    }
}
