package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The reminders' steps, each in its own transaction: which events are due, and one event's
 * reminder claimed and sent. The claim is a conditional update ({@code reminded_hour = true where
 * reminded_hour = false}): of several nodes claiming at once, the database lets one update count
 * (the others wait for its row lock and then find nothing to change), and only that node tells
 * anyone; a failure rolls the claim back with the notifications, so the next pass tries again.
 */
@Stateless
@PermitAll
public class EventReminderSteps {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration HOUR = Duration.ofHours(1);
    /** Events reminded per pass and kind, at most: the next pass goes on. */
    static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<EventReminderDue> due;

    /**
     * The scheduled events whose reminder is due and not sent: within the hour, or (the day's)
     * within a day but further than an hour away, so that one starting within the hour has the
     * hour's alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> due(Instant now, boolean withinHour) {
        return em.createQuery("select e.id from Event e where e.status = :scheduled and e.startsAt > :after"
                        + " and e.startsAt <= :until and " + (withinHour ? "e.remindedHour" : "e.remindedDay")
                        + " = false order by e.startsAt", String.class)
                .setParameter("scheduled", EventStatus.SCHEDULED)
                .setParameter("after", withinHour ? now : now.plus(HOUR))
                .setParameter("until", now.plus(withinHour ? HOUR : DAY))
                .setMaxResults(BATCH).getResultList();
    }

    /**
     * Claims one event's reminder and, when this claim counted, tells its organisers and the
     * people registered (not those waiting): whether it did. A cancelled event is claimed by no one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(String eventId, boolean withinHour, Instant now) {
        // claimed only while still due: an event moved meanwhile (its flags reset) is not reminded at its old time;
        // synchronised with the events alone, so that the second-level cache forgets nothing else
        String flag = withinHour ? "reminded_hour" : "reminded_day";
        int claimed = em.createNativeQuery("update calendar_event set " + flag + " = true where id = ?1 and " + flag
                        + " = false and status = 'SCHEDULED' and starts_at > ?2 and starts_at <= ?3")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedEntityClass(Event.class)
                .setParameter(1, eventId).setParameter(2, withinHour ? now : now.plus(HOUR))
                .setParameter(3, now.plus(withinHour ? HOUR : DAY))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        var event = em.find(Event.class, eventId);
        var told = new LinkedHashSet<String>(em.createQuery("select o.profileId from EventOrganiser o"
                + " where o.event.id = :id", String.class).setParameter("id", eventId).getResultList());
        told.addAll(em.createQuery("select r.profileId from EventRegistration r where r.event.id = :id"
                        + " and r.status = :registered", String.class)
                .setParameter("id", eventId).setParameter("registered", RegistrationStatus.REGISTERED).getResultList());
        if (!told.isEmpty()) {
            due.fire(new EventReminderDue(eventId, event.title(), withinHour, List.copyOf(told)));
        }
        return true;
    }

    /** The start changed: both reminders are due again, at the new times. */
    public void startMoved(String eventId) {
        em.createNativeQuery("update calendar_event set reminded_day = false, reminded_hour = false where id = ?1")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedEntityClass(Event.class)
                .setParameter(1, eventId).executeUpdate();
    }
}
