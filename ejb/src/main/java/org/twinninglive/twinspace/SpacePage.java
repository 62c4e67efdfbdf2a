package org.twinninglive.twinspace;

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
 * A page of a TwinSpace (T1): a title and a rich-text body its members write, under another page
 * of the same space or at its top. Every save is a new version ({@link #revision}, the API's
 * {@code version}), kept as a {@link SpacePageRevision}; an edit names the version it was made
 * from, and one made from an older version than the page's is refused (409
 * {@code stale-version}, with the current version), so that nothing anyone wrote is overwritten
 * unseen.
 */
@Entity
@Table(name = "space_page")
public class SpacePage {

    /** A title has at most this many characters. */
    public static final int LONGEST_TITLE = 200;

    /** A body has at most this many characters of (sanitised) HTML. */
    public static final int LONGEST_BODY = 50_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(name = "parent_id", length = 36)
    private String parentId;

    @Column(nullable = false, length = LONGEST_TITLE)
    private String title;

    @Column(name = "body_html", nullable = false, length = 100_000)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = 100_000)
    private String bodyText;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    /** A pupil-administrator who wrote it (T2); then {@code createdBy} is null. */
    @Column(name = "created_by_pupil", length = 36)
    private String createdByPupil;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 36)
    private String updatedBy;

    @Column(name = "updated_by_pupil", length = 36)
    private String updatedByPupil;

    @Version
    private long version;

    protected SpacePage() {
    }

    /**
     * A new page of the project's space, written by a member, under {@code parent} (a page of the
     * same space) or at the top; its first version.
     */
    public static SpacePage write(String projectId, SpacePage parent, String title, RichText body, Writer by,
                                  Instant now) {
        if (parent != null && !parent.projectId.equals(projectId)) {
            throw new InvalidInputException("parentId", "The page to put it under is not a page of this TwinSpace.")
                    .shownAs("space.page.parent");
        }
        var page = new SpacePage();
        page.id = UUID.randomUUID().toString();
        page.projectId = projectId;
        page.parentId = parent == null ? null : parent.id;
        page.createdAt = now;
        page.createdBy = by.profileId();
        page.createdByPupil = by.pupilId();
        page.change(title, body, by, now);
        return page;
    }

    /**
     * A member saves a new version, made from version {@code from} (the one they read): refused,
     * nothing changed, when someone saved another version since.
     */
    public void edit(int from, String title, RichText body, Writer by, Instant now) {
        if (from != revision) {
            throw new ConflictException("The page was changed since version " + from + ": its current version is "
                    + revision + ". Read it and make the change again.", "stale-version")
                    .shownAs("space.page.stale", revision);
        }
        change(title, body, by, now);
    }

    private void change(String title, RichText body, Writer by, Instant now) {
        String cleanTitle = Texts.line(title, "title");
        if (cleanTitle.isEmpty() || cleanTitle.length() > LONGEST_TITLE) {
            throw new InvalidInputException("title", "title is required and has at most " + LONGEST_TITLE
                    + " characters.").shownAs("space.page.title", LONGEST_TITLE);
        }
        if (body.html().length() > LONGEST_BODY) {
            throw new InvalidInputException("body", "body has at most " + LONGEST_BODY + " characters of HTML.")
                    .shownAs("space.page.body", LONGEST_BODY);
        }
        this.title = cleanTitle;
        this.bodyHtml = body.html();
        this.bodyText = body.text();
        this.revision++;
        this.updatedAt = now;
        this.updatedBy = by.profileId();
        this.updatedByPupil = by.pupilId();
    }

    /** The version just saved, for the page's history. */
    SpacePageRevision saved() {
        return new SpacePageRevision(this);
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String parentId() {
        return parentId;
    }

    public String title() {
        return title;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public String createdByPupil() {
        return createdByPupil;
    }

    public String updatedByPupil() {
        return updatedByPupil;
    }
}
