package org.twinninglive.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/** Notifications' part of an export and of an erasure (U5). */
@ApplicationScoped
public class NotificationsPersonalData {

    /** A notification as exported: its kind and what it said it was about, not a rendered text. */
    public record Exported(String kind, String actorId, int count, String reference, String detail, Instant createdAt,
                           Instant readAt) {
    }

    @Inject
    NotificationRepository notifications;

    void export(@Observes PersonalDataRequested request) {
        request.add("notifications", notifications.allOf(request.profileId()).stream()
                .map(n -> new Exported(n.kind().key(), n.actorId(), n.actorCount(), n.reference(), n.detail(),
                        n.createdAt(), n.readAt()))
                .toList());
    }

    void erase(@Observes AccountErasing erasing) {
        notifications.eraseAllOf(erasing.profileId());
    }
}
