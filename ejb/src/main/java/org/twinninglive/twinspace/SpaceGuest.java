package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A guest of one TwinSpace (T1): a teacher of a member's school whom the member invited to read
 * the space and reply in its forum without joining the project. The rule of what a guest may do
 * is {@link SpaceAccess}'s.
 */
@Entity
@Table(name = "space_guest")
public class SpaceGuest {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(name = "profile_id", nullable = false, length = 36)
    private String profileId;

    @Column(name = "invited_by", length = 36)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected SpaceGuest() {
    }

    static SpaceGuest of(String projectId, String profileId, String invitedBy, Instant now) {
        var guest = new SpaceGuest();
        guest.id = UUID.randomUUID().toString();
        guest.projectId = projectId;
        guest.profileId = profileId;
        guest.invitedBy = invitedBy;
        guest.invitedAt = now;
        return guest;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String profileId() {
        return profileId;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
