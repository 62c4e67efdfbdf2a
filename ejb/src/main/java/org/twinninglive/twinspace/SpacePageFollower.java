package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone who follows a page of a TwinSpace (T1): they hear of each new version someone else saves. */
@Entity
@Table(name = "space_page_follower")
public class SpacePageFollower {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "page_id", nullable = false, length = 36)
    private String pageId;

    @Column(name = "profile_id", nullable = false, length = 36)
    private String profileId;

    @Column(nullable = false)
    private Instant since;

    protected SpacePageFollower() {
    }

    SpacePageFollower(String pageId, String profileId, Instant since) {
        this.id = UUID.randomUUID().toString();
        this.pageId = pageId;
        this.profileId = profileId;
        this.since = since;
    }

    public String pageId() {
        return pageId;
    }

    public String profileId() {
        return profileId;
    }
}
