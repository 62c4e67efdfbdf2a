package org.twinninglive.progression;

import java.util.List;

/**
 * Many participations told at once by a pass over existing rows (profiles found complete under
 * a new definition, say): credited exactly as if each were told alone, idempotent per reference,
 * in a bounded number of queries for the whole batch. Fired in the pass's transaction. Not an
 * action happening now, so activity feeds do not observe it: followers are not told of
 * something old as if it were news.
 */
public record ParticipationsRecorded(List<ParticipationRecorded> actions) {

    public ParticipationsRecorded {
        actions = List.copyOf(actions);
    }
}
