package org.twinninglive.people;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A profile's photo as the platform re-encoded it (JPEG), with its thumbnail (U2). */
@Entity
@Table(name = "profile_photo")
public class ProfilePhoto {

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] image;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] thumbnail;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProfilePhoto() {
    }

    ProfilePhoto(String profileId, PhotoProcessing.Processed processed, Instant now) {
        this.profileId = profileId;
        this.image = processed.image();
        this.thumbnail = processed.thumbnail();
        this.updatedAt = now;
    }

    public byte[] image() {
        return image;
    }

    public byte[] thumbnail() {
        return thumbnail;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
