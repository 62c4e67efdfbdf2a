package org.twinninglive.messaging;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.PersonSummary;

/**
 * A thread as one of its participants reads it (its messages come a page at a time).
 *
 * @param participants  everyone in it, the reader included; one the reader may no longer see by id only
 * @param lastMessageAt when its latest message was written
 * @param unread        whether someone wrote since the reader last read it
 */
public record ThreadDetail(String id, String subject, List<PersonSummary> participants, Instant startedAt,
                           Instant lastMessageAt, boolean unread) implements Serializable {

    public ThreadDetail {
        participants = List.copyOf(participants);
    }
}
