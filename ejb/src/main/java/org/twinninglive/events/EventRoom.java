package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.UnavailableException;
import org.twinninglive.video.VideoConnection;
import org.twinninglive.video.VideoRooms;

/**
 * An online event's video room (E3): the way in for its organisers (moderators) and registered
 * participants (publishers), at most {@link EventRoomSeats#ROOM_SIZE} at once; closed by its
 * organisers. The video server is asked outside any transaction, so a slow one holds no row lock
 * and no database connection; when it fails, the seat just held is given back (503).
 */
@Stateless
@PermitAll
public class EventRoom {

    private static final Logger LOG = Logger.getLogger(EventRoom.class.getName());

    @Inject
    Viewers viewers;

    @Inject
    EventRoomSeats seats;

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    VideoRooms rooms;

    /**
     * A connection token for the caller: the room is made on the first join; a person who joins
     * again keeps their seat and their earlier connection ends. Refused: 404 for an event they may
     * not know, 403 when they are neither organiser nor registered, 409 when the room is not open,
     * closed or full, 503 when the video server does not answer.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VideoToken token(SignedInIdentity identity, String eventId) {
        var viewer = viewers.of(identity);
        var reservation = seats.reserve(viewer, eventId, null, null, rooms.available());
        if (reservation.full()) {
            var asked = java.time.Instant.now();
            var present = rooms.connections(reservation.room());
            reservation = seats.reserve(viewer, eventId, present, asked, true);
        }
        String me = viewer.profileId().orElseThrow();
        VideoConnection connection;
        try {
            connection = rooms.connect(reservation.room(), reservation.role(), reservation.data());
        } catch (UnavailableException failed) {
            if (reservation.newSeat()) {
                seats.release(eventId, me);
            }
            throw failed;
        }
        try {
            seats.connected(eventId, me, connection.connectionId(), reservation.newSeat());
        } catch (org.twinninglive.platform.ConflictException closedMeanwhile) {
            // an organiser closed the room while this join was on its way: the room stays closed
            rooms.disconnect(reservation.room(), connection.connectionId());
            try {
                rooms.close(reservation.room());
            } catch (UnavailableException unanswered) {
                LOG.warning(() -> "Room of event " + eventId + " made again by a late join; not closed on the server");
            }
            throw closedMeanwhile;
        }
        if (reservation.previousConnection() != null) {
            rooms.disconnect(reservation.room(), reservation.previousConnection());
        }
        return new VideoToken(connection.token(), connection.role());
    }

    /** The room as the viewer sees it, for the event's page: asks the video server nothing. */
    public EventRoomView room(Optional<SignedInIdentity> identity, String eventId) {
        return seats.view(viewers.of(identity), eventId, rooms.available());
    }

    /**
     * Its organisers close the room: nobody joins again; the video server sends everyone out
     * (when it does not answer, the room is closed here all the same, and its session ends on
     * the server's own when the last person leaves).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EventRoomView close(SignedInIdentity identity, String eventId) {
        var viewer = viewers.of(identity);
        seats.close(viewer, eventId);
        if (rooms.configured()) {
            try {
                rooms.close(EventRoomSeats.room(eventId));
            } catch (UnavailableException unanswered) {
                LOG.warning(() -> "Room of event " + eventId + " closed here; the video server did not close it");
            }
        }
        return room(Optional.of(identity), eventId);
    }
}
