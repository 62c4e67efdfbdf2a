package org.twinninglive.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a user did in public, shown in their followers' feeds (C1). */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "profile_id", nullable = false, length = 36)
    private String profileId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 200)
    private String reference;

    @Column(length = 300)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Activity() {
    }

    Activity(String profileId, String kind, String reference, String label, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.profileId = profileId;
        this.kind = kind;
        this.reference = reference;
        this.label = label == null || label.length() <= 300 ? label : label.substring(0, 300);
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String profileId() {
        return profileId;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
