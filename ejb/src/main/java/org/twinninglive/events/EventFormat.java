package org.twinninglive.events;

/** Where an event takes place (E1): in its video room, or at a place. */
public enum EventFormat {
    ONLINE, FACE_TO_FACE
}
