package org.twinninglive.discussions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Someone who follows a thread: they hear of its new replies. */
@Entity
@Table(name = "discussion_follower")
@IdClass(DiscussionFollower.Key.class)
public class DiscussionFollower {

    /** The follower's key: the thread and the person. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String threadId;
        private String profileId;

        public Key() {
        }

        public Key(String threadId, String profileId) {
            this.threadId = threadId;
            this.profileId = profileId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(threadId, key.threadId)
                    && java.util.Objects.equals(profileId, key.profileId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(threadId, profileId);
        }
    }

    @Id
    @Column(name = "thread_id", length = 36)
    private String threadId;

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(nullable = false)
    private Instant since;

    protected DiscussionFollower() {
    }

    DiscussionFollower(String threadId, String profileId, Instant since) {
        this.threadId = threadId;
        this.profileId = profileId;
        this.since = since;
    }

    public String threadId() {
        return threadId;
    }

    public String profileId() {
        return profileId;
    }

    public Instant since() {
        return since;
    }
}
