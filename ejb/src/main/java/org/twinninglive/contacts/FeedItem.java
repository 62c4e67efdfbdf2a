package org.twinninglive.contacts;

import java.io.Serializable;
import java.time.Instant;
import org.twinninglive.people.PersonSummary;

/** One line of the desktop feed: someone followed did something public (C1). */
public record FeedItem(PersonSummary person, String kind, String reference, String label, Instant at)
        implements Serializable {
}
