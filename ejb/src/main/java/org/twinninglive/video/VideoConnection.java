package org.twinninglive.video;

/** One person's way into a room: OpenVidu's connection id (to end it) and the token their browser joins with. */
public record VideoConnection(String connectionId, String token, VideoRole role) {
}
