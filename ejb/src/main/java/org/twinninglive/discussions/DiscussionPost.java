package org.twinninglive.discussions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;
import org.twinninglive.platform.Writer;

/**
 * A post of a thread: its author's rich text. A moderator removes it with a reason: it stays,
 * kept for the record, and shows as removed with that reason, its words to no one.
 */
@Entity
@Table(name = "discussion_post")
public class DiscussionPost {

    /** A body has at most this many characters of plain text. */
    public static final int LONGEST_BODY = 10_000;

    /** A reason of a removal has at most this many characters. */
    public static final int LONGEST_REASON = 500;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "thread_id", nullable = false, length = 36)
    private String threadId;

    @Column(name = "author_id", length = 36)
    private String authorId;

    /** A pupil who wrote it (T2); then {@code authorId} is null. */
    @Column(name = "pupil_author_id", length = 36)
    private String pupilAuthorId;

    @Column(name = "body_html", nullable = false, length = 20_000)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = 20_000)
    private String bodyText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by", length = 36)
    private String removedBy;

    @Column(name = "removal_reason", length = LONGEST_REASON)
    private String removalReason;

    protected DiscussionPost() {
    }

    static DiscussionPost write(DiscussionThread thread, RichText body, Writer by, Instant now) {
        if (body.isBlank()) {
            throw new InvalidInputException("body", "body is required.").shownAs("discussion.body");
        }
        if (body.length() > LONGEST_BODY || body.html().length() > 20_000) {
            throw new InvalidInputException("body", "body has at most " + LONGEST_BODY + " characters.")
                    .shownAs("discussion.bodyTooLong", LONGEST_BODY);
        }
        var post = new DiscussionPost();
        post.id = UUID.randomUUID().toString();
        post.threadId = thread.id();
        post.authorId = by.profileId();
        post.pupilAuthorId = by.pupilId();
        post.bodyHtml = body.html();
        post.bodyText = body.text();
        post.createdAt = now;
        return post;
    }

    /** A moderator removes the post, with the reason everyone reads in its place. */
    public void remove(String by, String reason, Instant now) {
        if (removedAt != null) {
            throw new ConflictException("The post was removed already.", "post-removed").shownAs("discussion.removed");
        }
        String clean = Texts.paragraphs(reason, "reason");
        if (clean.isEmpty() || clean.length() > LONGEST_REASON) {
            throw new InvalidInputException("reason", "reason is required and has at most " + LONGEST_REASON
                    + " characters.").shownAs("discussion.reason", LONGEST_REASON);
        }
        removedAt = now;
        removedBy = by;
        removalReason = clean;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public String id() {
        return id;
    }

    public String threadId() {
        return threadId;
    }

    public String authorId() {
        return authorId;
    }

    public String pupilAuthorId() {
        return pupilAuthorId;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public String removedBy() {
        return removedBy;
    }

    public String removalReason() {
        return removalReason;
    }
}
