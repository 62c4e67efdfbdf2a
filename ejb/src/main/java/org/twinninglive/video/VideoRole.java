package org.twinninglive.video;

/** What a person may do in a room: a moderator (an organiser) also ends others' streams; a publisher sends and receives. */
public enum VideoRole {
    MODERATOR, PUBLISHER
}
