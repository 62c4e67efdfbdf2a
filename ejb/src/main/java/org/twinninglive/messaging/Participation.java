package org.twinninglive.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One person's place in a thread and their own state of it: when someone else last wrote (the
 * inbox), when they last wrote (the sent folder), and whether something arrived since they last
 * read it (the envelope counts these threads). Only the columns a change touched are written,
 * so a reply (which moves the others' "received") never undoes a read marked at that moment.
 */
@Entity
@DynamicUpdate
@Table(name = "thread_participant")
@IdClass(Participation.Key.class)
public class Participation {

    /** The composite primary key. */
    public static class Key implements Serializable {
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
            return other instanceof Key key && Objects.equals(threadId, key.threadId)
                    && Objects.equals(profileId, key.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(threadId, profileId);
        }
    }

    @Id
    @Column(name = "thread_id", length = 36)
    private String threadId;

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "last_received_at")
    private Instant lastReceivedAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Column(nullable = false)
    private boolean unread;

    protected Participation() {
    }

    Participation(String threadId, String profileId, Instant now) {
        this.threadId = threadId;
        this.profileId = profileId;
        this.joinedAt = now;
    }

    /** They wrote: what they answered, they have read. */
    void wrote(Instant now) {
        lastSentAt = now;
        lastReadAt = now;
        unread = false;
    }

    void received(Instant now) {
        lastReceivedAt = now;
        unread = true;
    }

    public String threadId() {
        return threadId;
    }

    public String profileId() {
        return profileId;
    }

    public Instant lastReceivedAt() {
        return lastReceivedAt;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    public Instant lastReadAt() {
        return lastReadAt;
    }

    public boolean unread() {
        return unread;
    }

    /** When the thread last moved in this folder of this person. */
    Instant at(Folder folder) {
        return folder == Folder.SENT ? lastSentAt : lastReceivedAt;
    }
}
