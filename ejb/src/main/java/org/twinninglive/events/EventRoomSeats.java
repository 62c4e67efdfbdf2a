package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.UnavailableException;
import org.twinninglive.platform.Viewer;
import org.twinninglive.video.VideoRole;

/**
 * The seats of video rooms, each step in a transaction of its own and under the event's row lock
 * (as registrations are), so that the hundredth seat is given once however many join at once;
 * the video server is asked between the steps, never while the row is locked.
 */
@Stateless
@PermitAll
public class EventRoomSeats {

    /** People in one room at once, at most (OpenVidu's room for an event). */
    public static final int ROOM_SIZE = 100;

    /**
     * A seat held for a person who asked to join: the room, their role and name, the connection
     * they were given before (to end), whether the seat is new (given back if the video server
     * fails), or that the room is full as far as the seats say ({@code full}: ask the video server
     * who is still there, then reserve again).
     */
    public record Reservation(String room, VideoRole role, String data, String previousConnection, boolean newSeat,
                              boolean full) {
    }

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    RelatedPeople people;

    @Inject
    Event<EventAttended> attended;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The OpenVidu room of an event. */
    static String room(String eventId) {
        return "tl-event-" + eventId;
    }

    /**
     * Holds a seat for the viewer, after the event's rules: a room only for online events, open
     * from 15 minutes before the start to 30 minutes after the end unless its organisers closed
     * it; organisers join as moderators, registered participants as publishers, nobody else.
     * With {@code present} (the connections the video server held at {@code presentAt}), the seats
     * connected before that moment whose connection it no longer held are given up first (a seat
     * connected since is kept: its person is joining); without it a full room answers {@code full}.
     */
    public Reservation reserve(Viewer viewer, String eventId, Set<String> present, java.time.Instant presentAt,
                               boolean videoAvailable) {
        var event = access.visible(viewer, events.forUpdate(eventId));
        var now = clock.instant();
        String me = viewer.profileId().orElseThrow();
        if (event.format() == EventFormat.ONLINE && event.status() == EventStatus.SCHEDULED) {
            role(event, me); // neither organiser nor registered: refused whatever the room's state
        }
        switch (event.roomState(now)) {
            case NONE -> throw new ConflictException("A face-to-face event has no video room.", "not-online")
                    .shownAs("video.notOnline");
            case CANCELLED -> throw new ConflictException("The event is cancelled.", "event-cancelled")
                    .shownAs("event.cancelled");
            case NOT_YET -> throw new ConflictException("The video room opens 15 minutes before the start, at "
                    + event.roomOpensAt() + ".", "room-not-open").shownAs("video.notYet");
            case CLOSED, OVER -> throw new ConflictException("The video room is closed.", "room-closed")
                    .shownAs("video.closed");
            case OPEN -> { }
        }
        VideoRole role = role(event, me);
        if (!videoAvailable) {
            throw new UnavailableException("The video server does not answer right now; try again in a moment.",
                    "video-unavailable").shownAs("video.unavailable");
        }
        String name = people.names(List.of(me)).get(me);
        String data = jakarta.json.Json.createObjectBuilder().add("name", name == null ? "" : name).build().toString();
        var mine = em.find(EventVideoSeat.class, new EventVideoSeat.Key(eventId, me));
        if (mine != null) {
            return new Reservation(room(eventId), role, data, mine.connectionId(), false, false);
        }
        if (taken(eventId) >= ROOM_SIZE) {
            if (present == null) {
                return new Reservation(room(eventId), role, data, null, false, true);
            }
            // those the video server no longer holds have left; a seat still waiting for its token stays
            em.createQuery("delete from EventVideoSeat s where s.eventId = :event and s.connectionId is not null"
                            + " and s.connectedAt < :asked and s.connectionId not in :present")
                    .setParameter("event", eventId).setParameter("asked", presentAt)
                    .setParameter("present", present.isEmpty() ? Set.of("") : present)
                    .executeUpdate();
            if (taken(eventId) >= ROOM_SIZE) {
                throw new ConflictException("The video room is full: " + ROOM_SIZE + " people are in it.", "room-full")
                        .shownAs("video.full", ROOM_SIZE);
            }
        }
        em.persist(new EventVideoSeat(eventId, me, role, now));
        return new Reservation(room(eventId), role, data, null, true, false);
    }

    /**
     * The video server gave the seat its connection: kept, and a participant's first join counts
     * (event-attended). Refused (room-closed) when the room was closed meanwhile: the seat is gone.
     */
    public void connected(String eventId, String profileId, String connectionId, boolean firstJoin) {
        var seat = em.find(EventVideoSeat.class, new EventVideoSeat.Key(eventId, profileId),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (seat == null) {
            throw new ConflictException("The video room was closed meanwhile.", "room-closed").shownAs("video.closed");
        }
        seat.connected(connectionId, clock.instant());
        if (firstJoin && seat.role() == VideoRole.PUBLISHER) {
            events.find(eventId).ifPresent(event -> attended.fire(new EventAttended(eventId, profileId, event.title(),
                    event.visibility() == EventVisibility.PUBLIC)));
        }
    }

    /** The video server failed the new seat's join: the seat is free again. */
    public void release(String eventId, String profileId) {
        em.createQuery("delete from EventVideoSeat s where s.eventId = :event and s.profileId = :person"
                        + " and s.connectionId is null")
                .setParameter("event", eventId).setParameter("person", profileId).executeUpdate();
    }

    /** Its organisers close the room: nobody joins it again, every seat is free. */
    public void close(Viewer viewer, String eventId) {
        var event = access.visible(viewer, events.forUpdate(eventId));
        if (!access.organises(viewer, event)) {
            throw new ForbiddenException("Only its organisers close an event's video room.").shownAs("event.notOrganiser");
        }
        if (event.roomState(clock.instant()) == org.twinninglive.events.Event.RoomState.NONE) {
            throw new ConflictException("A face-to-face event has no video room.", "not-online").shownAs("video.notOnline");
        }
        event.closeRoom(clock.instant());
        em.createQuery("delete from EventVideoSeat s where s.eventId = :event").setParameter("event", eventId)
                .executeUpdate();
    }

    /** The room of this event as this viewer sees it, read in this transaction; "not found" as the event is. */
    public EventRoomView view(Viewer viewer, String eventId, boolean videoAvailable) {
        return view(viewer, access.visible(viewer, events.find(eventId)), videoAvailable);
    }

    /** The room as this viewer sees it (no call to the video server). */
    public EventRoomView view(Viewer viewer, org.twinninglive.events.Event event, boolean videoAvailable) {
        var state = event.roomState(clock.instant());
        VideoRole role = null;
        if (state != org.twinninglive.events.Event.RoomState.NONE && viewer.isPerson()) {
            role = viewer.profileId().map(me -> {
                try {
                    return role(event, me);
                } catch (ForbiddenException notRegistered) {
                    return null;
                }
            }).orElse(null);
        }
        long inRoom = state == org.twinninglive.events.Event.RoomState.OPEN ? taken(event.id()) : 0;
        return new EventRoomView(state, state == org.twinninglive.events.Event.RoomState.NONE ? null : event.roomOpensAt(),
                videoAvailable, role, inRoom, role == VideoRole.MODERATOR
                && state == org.twinninglive.events.Event.RoomState.OPEN);
    }

    /** A person's seats, for their export; erased with them. */
    public List<EventVideoSeat> seatsOf(String profileId) {
        return em.createQuery("select s from EventVideoSeat s where s.profileId = :person order by s.joinedAt",
                EventVideoSeat.class).setParameter("person", profileId).getResultList();
    }

    public void eraseSeatsOf(String profileId) {
        em.createQuery("delete from EventVideoSeat s where s.profileId = :person").setParameter("person", profileId)
                .executeUpdate();
    }

    private static VideoRole role(org.twinninglive.events.Event event, String profileId) {
        if (event.isOrganiser(profileId)) {
            return VideoRole.MODERATOR;
        }
        if (event.registrationOf(profileId).filter(r -> r.status() == RegistrationStatus.REGISTERED).isPresent()) {
            return VideoRole.PUBLISHER;
        }
        throw new ForbiddenException("Only its organisers and registered participants join an event's video room.")
                .shownAs("video.registerFirst");
    }

    private long taken(String eventId) {
        return em.createQuery("select count(s) from EventVideoSeat s where s.eventId = :event", Long.class)
                .setParameter("event", eventId).getSingleResult();
    }
}
