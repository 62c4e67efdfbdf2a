package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/**
 * The events' part of an export and of an erasure (U5): the events a person organises, takes
 * part in, waits for or is invited to. On erasure they take part in nothing (a seat they held goes
 * to the first waiting, who is told) and organise nothing; the events they organised stay, made
 * by a former member, for the others who take part. Their calendar feed (E6) is named in the export by
 * when its address was made (never its secret, which would open the feed to whoever reads the
 * export), and erased with them: its address answers "not found".
 */
@ApplicationScoped
public class EventsPersonalData {

    /** One event as the export shows the person's part in it. */
    public record Involvement(String eventId, String title, Instant start, boolean organiser, String registration,
                              Instant registeredAt, String invitation, Instant invitedAt) implements Serializable {
    }

    /** The person's calendar feed as the export names it: that it exists, since when; not its secret. */
    public record Feed(Instant addressMadeAt) implements Serializable {
    }

    @Inject
    EventRepository events;

    @Inject
    Event<SeatOffered> seatOffered;

    @Inject
    java.time.Clock clock;

    void export(@Observes PersonalDataRequested request) {
        var part = new ArrayList<Involvement>();
        for (var event : events.involving(request.profileId())) {
            var registration = event.registrationOf(request.profileId());
            var invitation = event.invitationOf(request.profileId());
            part.add(new Involvement(event.id(), event.title(), event.startsAt(), event.isOrganiser(request.profileId()),
                    registration.map(r -> r.status().name()).orElse(null),
                    registration.map(EventRegistration::registeredAt).orElse(null),
                    invitation.map(i -> i.status().name()).orElse(null),
                    invitation.map(EventInvitation::invitedAt).orElse(null)));
        }
        request.add("events", part);
        events.feedOf(request.profileId())
                .ifPresent(feed -> request.add("calendarFeed", java.util.List.of(new Feed(feed.createdAt()))));
    }

    void erase(@Observes AccountErasing erasing) {
        var now = clock.instant();
        for (var found : events.involving(erasing.profileId())) {
            // the event's row locked, as a registration locks it: a seat freed here is not sold twice
            var event = events.forUpdate(found.id()).orElse(found);
            var next = event.unregister(erasing.profileId(), now);
            next.ifPresent(id -> seatOffered.fire(new SeatOffered(event.id(), id, event.title())));
            event.forget(erasing.profileId(), now);
        }
        events.feedOf(erasing.profileId()).ifPresent(events::remove);
    }
}
