package org.twinninglive.events;

/**
 * A teacher organised an event (E1): it counts for their progression (event-organised); a public
 * one ({@code listed}) is shown to their followers too.
 */
public record EventOrganised(String eventId, String organiserId, String title, boolean listed) {
}
