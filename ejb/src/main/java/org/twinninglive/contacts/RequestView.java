package org.twinninglive.contacts;

import java.io.Serializable;
import java.time.Instant;
import org.twinninglive.people.PersonSummary;

/** A contact request as its sender and recipient see it. */
public record RequestView(String id, String status, PersonSummary from, PersonSummary to, Instant createdAt)
        implements Serializable {
}
