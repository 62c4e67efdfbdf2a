package org.twinninglive.events;

import java.io.Serializable;
import java.time.Instant;

/**
 * An event on a person's calendar (E6) and their part in it: they organise it, take part, wait
 * for a seat, are invited (and have not answered), or may join it (a public event).
 */
public record CalendarEntry(String id, String title, Instant start, Instant end, EventStatus status,
                            EventVisibility visibility, Part part) implements Serializable {

    /** The person's part in an event, the strongest first. */
    public enum Part { ORGANISER, REGISTERED, WAITING, INVITED, OPEN }
}
