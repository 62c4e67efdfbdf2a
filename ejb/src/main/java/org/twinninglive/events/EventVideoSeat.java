package org.twinninglive.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.twinninglive.video.VideoRole;

/**
 * A person's seat in an online event's video room (E3): taken on their first join, kept when they
 * join again (their earlier connection ended), given up when they are no longer in the room.
 */
@Entity
@Table(name = "event_video_seat")
@IdClass(EventVideoSeat.Key.class)
public class EventVideoSeat {

    /** The primary key: one seat per person and event. */
    public record Key(String eventId, String profileId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VideoRole role;

    @Column(name = "connection_id", length = 64)
    private String connectionId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "connected_at")
    private Instant connectedAt;

    protected EventVideoSeat() {
    }

    EventVideoSeat(String eventId, String profileId, VideoRole role, Instant now) {
        this.eventId = eventId;
        this.profileId = profileId;
        this.role = role;
        this.joinedAt = now;
    }

    void connected(String connectionId, Instant now) {
        this.connectionId = connectionId;
        this.connectedAt = now;
    }

    public String eventId() {
        return eventId;
    }

    public String profileId() {
        return profileId;
    }

    public VideoRole role() {
        return role;
    }

    public String connectionId() {
        return connectionId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
