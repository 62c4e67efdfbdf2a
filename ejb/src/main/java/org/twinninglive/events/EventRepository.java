package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

    /** The occurrences of a series, in the rule's order, their rows locked (a change or a cancellation of them all). */
    public List<Event> series(String seriesId) {
        return em.createQuery("select e from Event e where e.seriesId = :series order by e.seriesIndex", Event.class)
                .setParameter("series", seriesId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The occurrences of these series, each series in the rule's order (a feed's repeating events). */
    public List<Event> occurrencesOf(java.util.Collection<String> seriesIds) {
        if (seriesIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Event e where e.seriesId in :series order by e.seriesId, e.seriesIndex",
                Event.class).setParameter("series", seriesIds).getResultList();
    }

    /** The occurrences of a series as they are, in the rule's order (its iCalendar, its page). */
    public List<Event> occurrences(String seriesId) {
        return em.createQuery("select e from Event e where e.seriesId = :series order by e.seriesIndex", Event.class)
                .setParameter("series", seriesId).getResultList();
    }

    /**
     * The public events of a person's profile (E1): those they organise, and with {@code attending}
     * those they take part in; not cancelled; the latest start first.
     */
    public List<Event> onProfile(String profileId, boolean attending, int offset, int most) {
        var query = em.createQuery("select e from Event e where e.visibility = :public and e.status = :scheduled"
                        + " and (exists (select o from EventOrganiser o where o.event = e and o.profileId = :person)"
                        + (attending ? " or exists (select r from EventRegistration r where r.event = e"
                        + " and r.profileId = :person and r.status = :registered)" : "")
                        + ") order by e.startsAt desc, e.id", Event.class)
                .setParameter("public", EventVisibility.PUBLIC).setParameter("scheduled", EventStatus.SCHEDULED)
                .setParameter("person", profileId);
        if (attending) {
            query.setParameter("registered", RegistrationStatus.REGISTERED);
        }
        return query.setFirstResult(offset).setMaxResults(most).getResultList();
    }

    /** How many events {@link #onProfile} finds. */
    public long countOnProfile(String profileId, boolean attending) {
        var query = em.createQuery("select count(e) from Event e where e.visibility = :public and e.status = :scheduled"
                        + " and (exists (select o from EventOrganiser o where o.event = e and o.profileId = :person)"
                        + (attending ? " or exists (select r from EventRegistration r where r.event = e"
                        + " and r.profileId = :person and r.status = :registered)" : "") + ")", Long.class)
                .setParameter("public", EventVisibility.PUBLIC).setParameter("scheduled", EventStatus.SCHEDULED)
                .setParameter("person", profileId);
        if (attending) {
            query.setParameter("registered", RegistrationStatus.REGISTERED);
        }
        return query.getSingleResult();
    }

    /** The events this person organises, takes part in or is invited to, for their export and erasure. */
    public List<Event> involving(String profileId) {
        return em.createQuery("select distinct e from Event e left join e.organisers o left join e.registrations r"
                        + " left join e.invitations i where o.profileId = :person or r.profileId = :person"
                        + " or i.profileId = :person or e.createdBy = :person order by e.startsAt", Event.class)
                .setParameter("person", profileId).getResultList();
    }

    /**
     * A person's calendar between two instants, in one query: the events they organise, take part in,
     * wait for or are invited to (not declined), and, when {@code withOpen}, the public scheduled ones
     * they may join; with their part (columns: the event, organiser id, registration status,
     * invitation status). At most {@code most}: theirs first, then the open ones, each soonest first.
     */
    public List<Object[]> calendar(String profileId, Instant from, Instant to, boolean withOpen, int most) {
        var query = em.createQuery("select e, o.profileId, r.status, i.status from Event e"
                        + " left join e.organisers o on o.profileId = :person"
                        + " left join e.registrations r on r.profileId = :person"
                        + " left join e.invitations i on i.profileId = :person"
                        + " where e.startsAt < :to and e.endsAt > :from and (o.profileId is not null"
                        + " or r.profileId is not null or (i.profileId is not null and i.status <> :declined)"
                        + (withOpen ? " or (e.visibility = :public and e.status = :scheduled)" : "")
                        // the person's own first: the open ones never push theirs past the cap
                        + ") order by case when o.profileId is not null or r.profileId is not null"
                        + " or (i.profileId is not null and i.status <> :declined) then 0 else 1 end, e.startsAt, e.id",
                        Object[].class)
                .setParameter("person", profileId).setParameter("from", from).setParameter("to", to)
                .setParameter("declined", InvitationStatus.DECLINED);
        if (withOpen) {
            query.setParameter("public", EventVisibility.PUBLIC).setParameter("scheduled", EventStatus.SCHEDULED);
        }
        return query.setMaxResults(most).getResultList();
    }

    /** The feed of this secret, if any. */
    public Optional<CalendarFeed> feedOfSecret(String secret) {
        if (!CalendarFeed.couldBe(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select f from CalendarFeed f where f.secretHash = :hash", CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(secret)).getResultStream().findFirst();
    }

    public Optional<CalendarFeed> feedOf(String profileId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, profileId));
    }

    public void add(CalendarFeed feed) {
        em.persist(feed);
    }

    public void remove(CalendarFeed feed) {
        em.remove(feed);
    }
}
