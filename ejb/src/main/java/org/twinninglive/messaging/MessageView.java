package org.twinninglive.messaging;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.PersonSummary;

/**
 * One message as a participant reads it.
 *
 * @param body     the sanitised HTML
 * @param bodyText its plain-text form
 */
public record MessageView(String id, String threadId, PersonSummary author, Instant sentAt, String body,
                          String bodyText, List<Attachment> attachments) implements Serializable {

    public MessageView {
        attachments = List.copyOf(attachments);
    }
}
