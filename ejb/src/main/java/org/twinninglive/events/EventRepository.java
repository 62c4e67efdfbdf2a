package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The events. */
@ApplicationScoped
public class EventRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Event event) {
        em.persist(event);
    }

    public Optional<Event> find(String id) {
        return Optional.ofNullable(id == null || id.length() > 36 ? null : em.find(Event.class, id));
    }

    /** The event with its row locked: registrations of the last seat queue, the second sees the first. */
    public Optional<Event> forUpdate(String id) {
        return Optional.ofNullable(id == null || id.length() > 36 ? null
                : em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The events this person organises, takes part in or is invited to, for their export and erasure. */
    public List<Event> involving(String profileId) {
        return em.createQuery("select distinct e from Event e left join e.organisers o left join e.registrations r"
                        + " left join e.invitations i where o.profileId = :person or r.profileId = :person"
                        + " or i.profileId = :person or e.createdBy = :person order by e.startsAt", Event.class)
                .setParameter("person", profileId).getResultList();
    }
}
