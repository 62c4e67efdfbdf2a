package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saved version of a {@link SpacePage}: its title and body as they were, who saved it and when. */
@Entity
@Table(name = "space_page_revision")
public class SpacePageRevision {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "page_id", nullable = false, length = 36)
    private String pageId;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = SpacePage.LONGEST_TITLE)
    private String title;

    @Column(name = "body_html", nullable = false, length = 100_000)
    private String bodyHtml;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "edited_by", length = 36)
    private String editedBy;

    /** A pupil-administrator who saved it (T2); then {@code editedBy} is null. */
    @Column(name = "edited_by_pupil", length = 36)
    private String editedByPupil;

    protected SpacePageRevision() {
    }

    SpacePageRevision(SpacePage page) {
        this.id = UUID.randomUUID().toString();
        this.pageId = page.id();
        this.projectId = page.projectId();
        this.revision = page.revision();
        this.title = page.title();
        this.bodyHtml = page.bodyHtml();
        this.editedAt = page.updatedAt();
        this.editedBy = page.updatedBy();
        this.editedByPupil = page.updatedByPupil();
    }

    public String pageId() {
        return pageId;
    }

    public String projectId() {
        return projectId;
    }

    public int revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String editedBy() {
        return editedBy;
    }

    public String editedByPupil() {
        return editedByPupil;
    }
}
