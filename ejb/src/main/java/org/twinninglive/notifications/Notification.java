package org.twinninglive.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one reader (N2), or a group of notices of a grouped kind: the latest actor and
 * how many acted. Holds no text: its kind, actor and detail are rendered in the reader's
 * language when read.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recipient_id", nullable = false, length = 36)
    private String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Column(name = "actor_count", nullable = false)
    private int actorCount = 1;

    @Column(length = 200)
    private String reference;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipientId, NotificationKind kind, String actorId, String reference, String detail,
                 Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.recipientId = recipientId;
        this.kind = kind;
        this.actorId = actorId;
        this.reference = reference;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.createdAt = createdAt;
    }

    /** One more actor joins an unread group: they become its face, and it moves to the top. */
    void joinedBy(String actorId, Instant at) {
        if (!actorId.equals(this.actorId)) {
            this.actorId = actorId;
            this.actorCount++;
        }
        this.createdAt = at;
    }

    public String id() {
        return id;
    }

    public String recipientId() {
        return recipientId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String actorId() {
        return actorId;
    }

    public int actorCount() {
        return actorCount;
    }

    public String reference() {
        return reference;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt == null;
    }
}
