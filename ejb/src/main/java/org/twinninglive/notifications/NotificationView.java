package org.twinninglive.notifications;

import java.io.Serializable;
import java.time.Instant;

/**
 * A notification as its reader reads it, in their language.
 *
 * @param id        the notification
 * @param kind      e.g. {@code contact-requested}
 * @param text      the sentence, e.g. "Bob and 3 others followed you"
 * @param link      the page it leads to, relative to the application (e.g. {@code /people/contacts})
 * @param actorId   who acted last (absent when the actor is hidden from the reader or erased)
 * @param count     how many people acted (a group counts each once)
 * @param createdAt when (the latest notice of a group)
 * @param read      whether the reader has read it
 */
public record NotificationView(String id, String kind, String text, String link, String actorId, int count,
                               Instant createdAt, boolean read) implements Serializable {
}
