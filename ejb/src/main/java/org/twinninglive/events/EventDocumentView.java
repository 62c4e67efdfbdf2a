package org.twinninglive.events;

import java.io.Serializable;
import java.time.Instant;

/**
 * A document of an event's archive (E5) as a reader sees it.
 *
 * @param id           the file's id: downloaded at {@code /events/{id}/documents/{docId}} (or {@code /files/{docId}})
 * @param name         the name it is kept under, its extension that of its type
 * @param size         its size in bytes
 * @param type         its MIME type, decided by its content
 * @param format       its kind as people name it, the extension in capitals ("PDF", "DOCX", "JPG")
 * @param uploaderId   who added it; null once their account is erased
 * @param uploaderName their name; null once their account is erased (a former member)
 * @param uploadedAt   when it was added
 * @param removable    whether the reader may remove it (an organiser, or whoever added it, while the event is on)
 */
public record EventDocumentView(String id, String name, long size, String type, String format, String uploaderId,
                                String uploaderName, Instant uploadedAt, boolean removable) implements Serializable {
}
