package org.twinninglive.messaging;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.PersonSummary;

/**
 * A thread in a folder list.
 *
 * @param with   the other participants; one the reader may no longer see is named by id only
 * @param at     when the thread last moved in this folder (received in the inbox, sent in sent)
 * @param unread whether someone wrote since the reader last read it
 */
public record ThreadSummary(String id, String subject, List<PersonSummary> with, Instant at, boolean unread)
        implements Serializable {

    public ThreadSummary {
        with = List.copyOf(with);
    }
}
