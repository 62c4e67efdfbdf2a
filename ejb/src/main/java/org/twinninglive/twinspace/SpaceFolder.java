package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * A folder of a TwinSpace's materials (T1), or an album, which holds pictures only and shows them
 * as thumbnails. Its files are the file store's, attached to it (owner {@link SpaceMaterials#OWNER}).
 */
@Entity
@Table(name = "space_folder")
public class SpaceFolder {

    public static final int LONGEST_NAME = 120;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(nullable = false, length = LONGEST_NAME)
    private String name;

    @Column(nullable = false)
    private boolean album;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SpaceFolder() {
    }

    static SpaceFolder of(String projectId, String name, boolean album, String by, Instant now) {
        var folder = new SpaceFolder();
        folder.id = UUID.randomUUID().toString();
        folder.projectId = projectId;
        folder.name = name(name);
        folder.album = album;
        folder.createdBy = by;
        folder.createdAt = now;
        return folder;
    }

    /** A folder's name as typed: one line, required, at most {@link #LONGEST_NAME} characters. */
    static String name(String typed) {
        String clean = Texts.line(typed, "name");
        if (clean.isEmpty() || clean.length() > LONGEST_NAME) {
            throw new InvalidInputException("name", "A folder's name has 1 to " + LONGEST_NAME + " characters.")
                    .shownAs("space.materials.name", LONGEST_NAME);
        }
        return clean;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public boolean album() {
        return album;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
