package org.twinninglive.events;

import java.io.Serializable;
import java.time.Instant;

/** An event in a list: enough to choose it. */
public record EventSummary(String id, String title, EventKind kind, EventFormat format, Instant start, Instant end,
                           String timeZone, String language, EventVisibility visibility, EventStatus status,
                           long participants, Integer capacity) implements Serializable {
}
