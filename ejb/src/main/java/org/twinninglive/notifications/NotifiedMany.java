package org.twinninglive.notifications;

import java.util.List;

/**
 * A batch of notifications of one kind was stored, one per reader (a fan-out such as an
 * announcement). Fired in the batch's transaction: mail writes the batch's outbox rows in it,
 * in a bounded number of statements, and the live push follows once it commits.
 */
public record NotifiedMany(NotificationKind kind, List<Notification> notifications) {
}
