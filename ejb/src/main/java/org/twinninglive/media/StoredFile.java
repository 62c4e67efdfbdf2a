package org.twinninglive.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twinninglive.platform.InvalidInputException;

/**
 * One uploaded file: who uploaded it, what it is, and what it is attached to. Its life: it is
 * uploaded unattached, readable by its uploader alone; the uploader attaches it, once, to one
 * thing of a feature (a message, a post), whose access rule decides from then on who reads it;
 * it is erased with that thing, or, left unattached, with its uploader's account or after a
 * day. The bytes live in the {@link FileDirectory}, under the file's id.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "uploader_id", length = 36, nullable = false)
    private String uploaderId;

    @Column(length = 40)
    private String owner;

    @Column(name = "owner_id", length = 64)
    private String ownerId;

    @Column(nullable = false)
    private String name;

    // "type" and "size" are words of the query language: the fields are named apart from their columns
    @Column(name = "type", length = 100, nullable = false)
    private String mimeType;

    @Column(name = "size", nullable = false)
    private long byteCount;

    @Column(name = "has_thumbnail", nullable = false)
    private boolean hasThumbnail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attached_at")
    private Instant attachedAt;

    protected StoredFile() {
    }

    StoredFile(String id, String uploaderId, AcceptedUpload upload, Instant now) {
        this.id = id;
        this.uploaderId = uploaderId;
        this.name = upload.name();
        this.mimeType = upload.type().mimeType();
        this.byteCount = upload.content().length;
        this.hasThumbnail = upload.hasThumbnail();
        this.createdAt = now;
    }

    /**
     * Attaches the file to a thing of a feature: only its uploader may, and only once, so that
     * nobody moves someone else's file, nor one file to a place its readers may not see.
     */
    void attachTo(String profileId, String owner, String ownerId, Instant now) {
        if (!uploadedBy(profileId) || isAttached()) {
            throw (InvalidInputException) new InvalidInputException("attachments", "File " + id + " is not an"
                    + " unattached upload of yours; upload it again.").shownAs("attachments.notYours");
        }
        this.owner = owner;
        this.ownerId = ownerId;
        this.attachedAt = now;
    }

    boolean uploadedBy(String profileId) {
        return uploaderId.equals(profileId);
    }

    boolean isAttached() {
        return owner != null;
    }

    public StoredFileView view() {
        return new StoredFileView(id, name, byteCount, mimeType);
    }

    public String id() {
        return id;
    }

    public String uploaderId() {
        return uploaderId;
    }

    public String owner() {
        return owner;
    }

    public String ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public String mimeType() {
        return mimeType;
    }

    public long byteCount() {
        return byteCount;
    }

    public boolean hasThumbnail() {
        return hasThumbnail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
