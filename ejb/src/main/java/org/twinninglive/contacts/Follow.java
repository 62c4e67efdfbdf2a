package org.twinninglive.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One user following another (C1). */
@Entity
@Table(name = "follow")
@IdClass(Follow.Key.class)
public class Follow {

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String followerId;
        private String followedId;

        public Key() {
        }

        public Key(String followerId, String followedId) {
            this.followerId = followerId;
            this.followedId = followedId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(followerId, key.followerId) && Objects.equals(followedId, key.followedId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(followerId, followedId);
        }
    }

    @Id
    @Column(name = "follower_id", length = 36)
    private String followerId;

    @Id
    @Column(name = "followed_id", length = 36)
    private String followedId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    Follow(String followerId, String followedId, Instant createdAt) {
        this.followerId = followerId;
        this.followedId = followedId;
        this.createdAt = createdAt;
    }

    public String followerId() {
        return followerId;
    }

    public String followedId() {
        return followedId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
