package org.twinninglive.events;

/** A teacher organised an event (E1): it counts for their progression (event-organised). */
public record EventOrganised(String eventId, String organiserId, String title) {
}
