package org.twinninglive.notifications;

import java.time.Instant;

/**
 * An announcement and how far its delivery is.
 *
 * @param recipients how many teachers it is for
 * @param delivered  how many have it in their notifications (and their mail in the outbox)
 * @param completedAt when the last was delivered, or null while it goes on
 */
public record AnnouncementView(String id, String text, String country, Instant createdAt, int recipients,
                               int delivered, Instant completedAt) {

    static AnnouncementView of(Announcement a) {
        return new AnnouncementView(a.id(), a.text(), a.country(), a.createdAt(), a.recipients(), a.delivered(),
                a.completedAt());
    }
}
