package org.twinninglive.events;

/**
 * A participant joined an event's video room for the first time (E3): it counts for their
 * progression (event-attended), once per event; a public one ({@code listed}) may be shown to
 * their followers.
 */
public record EventAttended(String eventId, String profileId, String title, boolean listed) {
}
