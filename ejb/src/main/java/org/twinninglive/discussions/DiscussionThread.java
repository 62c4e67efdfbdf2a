package org.twinninglive.discussions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;
import org.twinninglive.platform.Writer;

/**
 * A thread of an owner's discussions: a title, a first post and the replies after it. A locked
 * thread takes no reply (409 {@code thread-locked}); a pinned one is listed first. Who may open,
 * reply, pin or lock is the owner's to say ({@link DiscussionOwner}); what a thread allows is
 * said here.
 */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {

    /** A title has at most this many characters. */
    public static final int LONGEST_TITLE = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "owner_kind", nullable = false, length = 32)
    private String ownerKind;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;

    @Column(nullable = false, length = LONGEST_TITLE)
    private String title;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    /** A pupil who opened it (a pupil-administrator, T2); then {@code createdBy} is null. */
    @Column(name = "created_by_pupil", length = 36)
    private String createdByPupil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(nullable = false)
    private int posts;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Version
    private long version;

    protected DiscussionThread() {
    }

    /** A new thread of the owner's, with its first post. */
    public static DiscussionThread open(String ownerKind, String ownerId, String title, Writer by, Instant now) {
        String clean = Texts.line(title, "title");
        if (clean.isEmpty() || clean.length() > LONGEST_TITLE) {
            throw new InvalidInputException("title", "title is required and has at most " + LONGEST_TITLE
                    + " characters.").shownAs("discussion.title", LONGEST_TITLE);
        }
        var thread = new DiscussionThread();
        thread.id = UUID.randomUUID().toString();
        thread.ownerKind = ownerKind;
        thread.ownerId = ownerId;
        thread.title = clean;
        thread.createdBy = by.profileId();
        thread.createdByPupil = by.pupilId();
        thread.createdAt = now;
        thread.lastPostAt = now;
        return thread;
    }

    /** A post in the thread: its first, or a reply; refused while the thread is locked. */
    public DiscussionPost post(RichText body, Writer by, Instant now) {
        if (locked) {
            throw new ConflictException("The thread is locked: it takes no more replies.", "thread-locked")
                    .shownAs("discussion.locked");
        }
        var post = DiscussionPost.write(this, body, by, now);
        posts++;
        lastPostAt = now;
        return post;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public String id() {
        return id;
    }

    public String ownerKind() {
        return ownerKind;
    }

    public String ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public String createdBy() {
        return createdBy;
    }

    public String createdByPupil() {
        return createdByPupil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastPostAt() {
        return lastPostAt;
    }

    public int posts() {
        return posts;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }
}
