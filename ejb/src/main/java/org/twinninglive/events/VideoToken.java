package org.twinninglive.events;

import org.twinninglive.video.VideoRole;

/**
 * The way into an event's video room for one person: the OpenVidu token their browser joins with
 * ({@code wss://…?sessionId=…&token=…}) and their role (MODERATOR for organisers, PUBLISHER for
 * participants).
 */
public record VideoToken(String token, VideoRole role) {
}
