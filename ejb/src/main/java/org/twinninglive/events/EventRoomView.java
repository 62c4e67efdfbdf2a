package org.twinninglive.events;

import java.time.Instant;
import org.twinninglive.video.VideoRole;

/**
 * An event's video room as a viewer sees it (E3): where it stands (NONE for a face-to-face
 * event), when it opens, whether the video server is there right now, the role the viewer
 * would join with (null: they may not join: not registered, or not signed in), and how many
 * are in it (the seats taken).
 */
public record EventRoomView(Event.RoomState state, Instant opensAt, boolean available, VideoRole role, long inRoom,
                            boolean mayClose) {

    /** Whether the viewer may join now. */
    public boolean joinable() {
        return state == Event.RoomState.OPEN && role != null;
    }
}
