package org.twinninglive.messaging;

import java.util.Set;

/**
 * A message was written: the first of a new thread, or a reply (N3). Fired in the transaction
 * that stores it; the envelope's live count and the e-mail of what cannot wait observe it.
 *
 * @param threadId     the thread
 * @param messageId    the new message
 * @param authorId     who wrote it
 * @param recipientIds the thread's other participants, to whom it is now unread
 */
public record MessagePosted(String threadId, String messageId, String authorId, Set<String> recipientIds) {

    public MessagePosted {
        recipientIds = Set.copyOf(recipientIds);
    }
}
