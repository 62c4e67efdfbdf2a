package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * A post of a TwinSpace's pupil wall (T2): a few plain lines by a pupil, or by a teacher, for the
 * space's members and pupils. A teacher hides one: it stays, kept for the record, shown to no one
 * but the teachers, who see that it was hidden.
 */
@Entity
@Table(name = "space_wall_post")
public class SpaceWallPost {

    public static final int LONGEST_BODY = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(name = "author_id", length = 36)
    private String authorId;

    @Column(name = "pupil_id", length = 36)
    private String pupilId;

    @Column(nullable = false, length = LONGEST_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by", length = 36)
    private String hiddenBy;

    @Version
    private long version;

    protected SpaceWallPost() {
    }

    /** A post by a teacher ({@code authorId}) or by a pupil ({@code pupilId}): plain text, required. */
    static SpaceWallPost write(String projectId, String authorId, String pupilId, String body, Instant now) {
        String clean = Texts.paragraphs(body, "body");
        if (clean.isEmpty() || clean.length() > LONGEST_BODY) {
            throw new InvalidInputException("body", "body is required and has at most " + LONGEST_BODY
                    + " characters.").shownAs("space.wall.body", LONGEST_BODY);
        }
        var post = new SpaceWallPost();
        post.id = UUID.randomUUID().toString();
        post.projectId = projectId;
        post.authorId = authorId;
        post.pupilId = pupilId;
        post.body = clean;
        post.createdAt = now;
        return post;
    }

    /** A teacher hides the post: kept, shown to no one but the teachers. */
    public void hide(String by, Instant now) {
        if (hiddenAt != null) {
            throw new ConflictException("The post was hidden already.", "post-hidden").shownAs("space.wall.hidden");
        }
        hiddenAt = now;
        hiddenBy = by;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String authorId() {
        return authorId;
    }

    public String pupilId() {
        return pupilId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenBy() {
        return hiddenBy;
    }
}
