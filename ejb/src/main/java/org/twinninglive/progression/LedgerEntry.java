package org.twinninglive.progression;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One action of one user that progression knows of. Never changed; the bars are derived from these. */
@Entity
@Table(name = "progression_ledger")
public class LedgerEntry {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "profile_id", nullable = false, length = 36)
    private String profileId;

    @Column(nullable = false, length = 60)
    private String category;

    @Column(nullable = false, length = 120)
    private String reference;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LedgerEntry() {
    }

    LedgerEntry(String profileId, String category, String reference, Instant occurredAt) {
        this.id = UUID.randomUUID().toString();
        this.profileId = profileId;
        this.category = category;
        this.reference = reference;
        this.occurredAt = occurredAt;
    }

    public String profileId() {
        return profileId;
    }

    public String category() {
        return category;
    }

    public String reference() {
        return reference;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
