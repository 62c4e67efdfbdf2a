package org.twinninglive.events;

import java.util.List;

/** The organisers cancelled an event: the people registered and waiting are told, by mail too. */
public record EventCancelled(String eventId, String organiserId, String title, List<String> participantIds) {
}
