package org.twinninglive.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.twinninglive.media.RichText;

/**
 * A conversation between two to 21 people (N3). It starts with a subject and a first message
 * to its recipients, who are its participants from then on; any participant may write in it
 * ({@link #post}), whatever they chose for new conversations since. It ends only when the last
 * participant's account is erased, or when erasures left it without messages.
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {

    static final int MAX_SUBJECT = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "subject_folded", nullable = false, length = 400)
    private String subjectFolded;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected MessageThread() {
    }

    private MessageThread(String subject, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.subject = subject;
        this.subjectFolded = SearchText.of(subject, 400);
        this.startedAt = now;
    }

    /** A new thread; its participants are joined by the caller, its first message {@link #post}ed. */
    static MessageThread start(String subject, Instant now) {
        return new MessageThread(subject, now);
    }

    /** Joins someone to a new thread. */
    Participation join(String profileId, Instant now) {
        return new Participation(id, profileId, now);
    }

    /**
     * A message by one of the participants: it is sent, and unread, to every other one. The
     * participations are all of this thread's, so that nobody is left out of the new state.
     */
    Message post(String authorId, RichText body, int attachmentCount, Collection<Participation> participations,
                 Instant now) {
        if (participations.stream().noneMatch(p -> p.profileId().equals(authorId))) {
            throw new IllegalStateException(authorId + " does not take part in thread " + id);
        }
        for (Participation participation : participations) {
            if (!participation.threadId().equals(id)) {
                throw new IllegalStateException("a participation of thread " + participation.threadId());
            }
            if (participation.profileId().equals(authorId)) {
                participation.wrote(now);
            } else {
                participation.received(now);
            }
        }
        return new Message(id, authorId, body, attachmentCount, now);
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
