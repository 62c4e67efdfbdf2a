package org.twinninglive.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A notice from the Central Support Service to many teachers (N2): every teacher, or those of
 * one country. Delivered in batches, in id order; the row remembers how far delivery went, so
 * that a restart goes on from there and nobody gets it twice.
 */
@Entity
@Table(name = "announcement")
public class Announcement {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Column(length = 2)
    private String country;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int recipients;

    @Column(nullable = false)
    private int delivered;

    @Column(name = "last_id", length = 36)
    private String lastId;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Announcement() {
    }

    Announcement(String authorId, String country, String text, int recipients, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.authorId = authorId;
        this.country = country;
        this.text = text;
        this.recipients = recipients;
        this.createdAt = createdAt;
    }

    void deliveredUpTo(String lastId, int count) {
        this.lastId = lastId;
        this.delivered += count;
    }

    void completed(Instant at) {
        this.completedAt = at;
    }

    public String id() {
        return id;
    }

    public String authorId() {
        return authorId;
    }

    public String country() {
        return country;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int recipients() {
        return recipients;
    }

    public int delivered() {
        return delivered;
    }

    public String lastId() {
        return lastId;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
