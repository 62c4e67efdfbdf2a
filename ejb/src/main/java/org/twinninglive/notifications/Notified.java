package org.twinninglive.notifications;

/**
 * A notification was stored for a reader, or a notice joined an unread group ({@code joined}).
 * Fired in the transaction that stored it: mail writes its outbox row in the same transaction,
 * and the live push follows once it commits.
 */
public record Notified(String notificationId, String recipientId, NotificationKind kind, boolean joined) {
}
