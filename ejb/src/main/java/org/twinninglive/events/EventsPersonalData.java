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
 * by a former member, for the others who take part. The documents they added to events' archives
 * (E5) are in their export and, like a TwinSpace's materials, stay in the archives on erasure, added
 * by a former member. Their seats in video rooms (E3) are exported and erased. Their calendar feed (E6) is named in the export by
 * when its address was made (never its secret, which would open the feed to whoever reads the
 * export), and erased with them: its address answers "not found".
 */
@ApplicationScoped
public class EventsPersonalData {

    /** One event as the export shows the person's part in it. */
    public record Involvement(String eventId, String title, Instant start, boolean organiser, String registration,
                              Instant registeredAt, String invitation, Instant invitedAt) implements Serializable {
    }

    /** A document the person added to an event's archive, as the export shows it. */
    public record Document(String eventId, String fileId, String name, long size, String type)
            implements Serializable {
    }

    /** The person's calendar feed as the export names it: that it exists, since when; not its secret. */
    public record Feed(Instant addressMadeAt) implements Serializable {
    }

    @Inject
    EventRepository events;

    /** A seat the person took in a video room (E3): when they first joined, and as whom. */
    public record RoomSeat(String eventId, String role, Instant joinedAt) implements Serializable {
    }

    @Inject
    org.twinninglive.media.FileStore files;

    @Inject
    Event<SeatOffered> seatOffered;

    @Inject
    EventRoomSeats roomSeats;

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
        request.add("eventVideoSeats", roomSeats.seatsOf(request.profileId()).stream()
                .map(seat -> new RoomSeat(seat.eventId(), seat.role().name(), seat.joinedAt())).toList());
        request.add("eventDocuments", files.uploadedBy(request.profileId(), EventArchive.OWNER).entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(f -> new Document(e.getKey(), f.id(), f.name(), f.size(),
                        f.type()))).toList());
        events.feedOf(request.profileId())
                .ifPresent(feed -> request.add("calendarFeed", java.util.List.of(new Feed(feed.createdAt()))));
    }

    void erase(@Observes AccountErasing erasing) {
        var now = clock.instant();
        roomSeats.eraseSeatsOf(erasing.profileId());
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
