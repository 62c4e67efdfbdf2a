package org.twinninglive.events;

/** A seat freed and went to the first person waiting (E7): they are told they take part now. */
public record SeatOffered(String eventId, String profileId, String title) {
}
