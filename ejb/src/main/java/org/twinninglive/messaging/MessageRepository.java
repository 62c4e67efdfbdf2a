package org.twinninglive.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.RowLocks;

/**
 * Threads, participations and messages. A person's lists read only their own participation
 * rows, each through an index of V9; a thread's messages through its (thread, time) index.
 */
@ApplicationScoped
public class MessageRepository {

    /** A person's threads with a message matching :q, in the subject or in the text. */
    private static final String MATCHING = " and (exists (select t.id from MessageThread t where t.id = p.threadId"
            + " and t.subjectFolded like :q escape '!') or exists (select m.id from Message m"
            + " where m.threadId = p.threadId and m.textFolded like :q escape '!'))";

    /** The threads of a person in which nobody else takes part any more. */
    private static final String LONELY = "select p.threadId from Participation p where p.profileId = :id"
            + " and not exists (select o.profileId from Participation o where o.threadId = p.threadId"
            + " and o.profileId <> :id)";

    /** Bound of the ids in one statement's IN list. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    RowLocks locks;

    /** A new thread with its participants and first message; the thread's row goes first. */
    public void add(MessageThread thread, Collection<Participation> participations, Message first) {
        em.persist(thread);
        // participations and messages point at the thread by id, not by association: Hibernate cannot order them
        em.flush();
        participations.forEach(em::persist);
        em.persist(first);
    }

    public void add(Message message) {
        em.persist(message);
    }

    public Optional<MessageThread> thread(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(MessageThread.class, id));
    }

    /** The thread, row-locked: replies to one thread queue, so its participants' state stays whole. */
    public Optional<MessageThread> threadForUpdate(String id) {
        if (id == null || em.createNativeQuery("select id from message_thread where id = ?1 " + locks.ownActions(),
                String.class).setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return thread(id);
    }

    public Map<String, MessageThread> threads(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from MessageThread t where t.id in :ids", MessageThread.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(MessageThread::id, Function.identity()));
    }

    public Optional<Participation> participation(String threadId, String profileId) {
        return threadId == null || profileId == null ? Optional.empty()
                : Optional.ofNullable(em.find(Participation.class, new Participation.Key(threadId, profileId)));
    }

    /** Whether the person takes part in the thread of this message. */
    public boolean participatesInThreadOf(String messageId, String profileId) {
        return !em.createQuery("select p.threadId from Participation p, Message m where m.id = :message"
                        + " and p.threadId = m.threadId and p.profileId = :profile", String.class)
                .setParameter("message", messageId)
                .setParameter("profile", profileId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Everyone in these threads. */
    public List<Participation> participants(Collection<String> threadIds) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Participation p where p.threadId in :threads order by p.joinedAt,"
                        + " p.profileId", Participation.class)
                .setParameter("threads", threadIds)
                .getResultList();
    }

    /** A person's threads in a folder, latest first, those matching the folded words if any. */
    public List<Participation> folder(String profileId, Folder folder, String words, PageRequest page) {
        String time = folder == Folder.SENT ? "p.lastSentAt" : "p.lastReceivedAt";
        var query = em.createQuery("select p from Participation p where p.profileId = :profile and " + time
                + " is not null" + (words == null ? "" : MATCHING) + " order by " + time + " desc, p.threadId",
                Participation.class);
        return matching(query.setParameter("profile", profileId), words)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countFolder(String profileId, Folder folder, String words) {
        String time = folder == Folder.SENT ? "p.lastSentAt" : "p.lastReceivedAt";
        var query = em.createQuery("select count(p) from Participation p where p.profileId = :profile and " + time
                + " is not null" + (words == null ? "" : MATCHING), Long.class);
        return matching(query.setParameter("profile", profileId), words).getSingleResult();
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String words) {
        return words == null ? query : query.setParameter("q", SearchText.containing(words));
    }

    /**
     * How many threads have something the person has not read: one indexed count, reached from
     * the account's subject so that the envelope costs a single statement per page and push.
     */
    public long unreadOfSubject(String subject) {
        return em.createQuery("select count(p) from Participation p where p.unread = true and p.profileId ="
                        + " (select pr.id from Profile pr where pr.subject = :subject)", Long.class)
                .setParameter("subject", subject)
                .getSingleResult();
    }

    /**
     * Marks the thread read for the person up to the latest message they were shown; a message
     * that arrived meanwhile (its time is later) keeps it unread.
     */
    public void markRead(String threadId, String profileId, Instant shownUpTo) {
        em.createQuery("update Participation p set p.unread = false, p.lastReadAt = :upTo where p.threadId = :thread"
                        + " and p.profileId = :profile and (p.lastReceivedAt is null or p.lastReceivedAt <= :upTo)")
                .setParameter("upTo", shownUpTo)
                .setParameter("thread", threadId)
                .setParameter("profile", profileId)
                .executeUpdate();
    }

    /** A thread's messages, oldest first. */
    public List<Message> messages(String threadId, PageRequest page) {
        return em.createQuery("select m from Message m where m.threadId = :thread order by m.sentAt, m.id",
                        Message.class)
                .setParameter("thread", threadId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countMessages(String threadId) {
        return em.createQuery("select count(m) from Message m where m.threadId = :thread", Long.class)
                .setParameter("thread", threadId)
                .getSingleResult();
    }

    /** When the thread's latest message was written (its first one, at least, always exists). */
    public Optional<Instant> latestMessageAt(String threadId) {
        return Optional.ofNullable(em.createQuery("select max(m.sentAt) from Message m where m.threadId = :thread",
                        Instant.class)
                .setParameter("thread", threadId)
                .getSingleResult());
    }

    // --- one person's data (U5) ---

    /** Every thread the person takes part in, oldest first. */
    public List<MessageThread> threadsOf(String profileId) {
        return em.createQuery("select t from MessageThread t where t.id in (select p.threadId from Participation p"
                        + " where p.profileId = :id) order by t.startedAt, t.id", MessageThread.class)
                .setParameter("id", profileId)
                .getResultList();
    }

    /** Everyone in the threads the person takes part in. */
    public List<Participation> participantsOfThreadsOf(String profileId) {
        return em.createQuery("select o from Participation o where o.threadId in (select p.threadId from"
                        + " Participation p where p.profileId = :id)", Participation.class)
                .setParameter("id", profileId)
                .getResultList();
    }

    /** Every message of the threads the person takes part in, by thread and time. */
    public List<Message> messagesOfThreadsOf(String profileId) {
        return em.createQuery("select m from Message m where m.threadId in (select p.threadId from Participation p"
                        + " where p.profileId = :id) order by m.threadId, m.sentAt, m.id", Message.class)
                .setParameter("id", profileId)
                .getResultList();
    }

    /**
     * The messages that go with the person (theirs, and all of the threads nobody else is left
     * in) and that have attachments: whose files are erased with them.
     */
    public List<String> erasedMessagesWithAttachments(String profileId) {
        return em.createQuery("select m.id from Message m where m.attachmentCount > 0 and (m.authorId = :id"
                        + " or m.threadId in (" + LONELY + "))", String.class)
                .setParameter("id", profileId)
                .getResultList();
    }

    /**
     * Removes the person from every thread (U5): their messages and all of the threads nobody
     * else is left in; the threads with no message left; the state of the remaining
     * participants recomputed from the messages that remain. A handful of statements, whatever
     * the number of threads.
     */
    public void eraseAllOf(String profileId) {
        em.createQuery("delete from Message m where m.authorId = :id or m.threadId in (" + LONELY + ")")
                .setParameter("id", profileId)
                .executeUpdate();
        // what the others received from the person is gone: their inbox time and unread mark follow what is left
        em.createNativeQuery("update thread_participant o set"
                        + " last_received_at = (select max(m.sent_at) from message m where m.thread_id = o.thread_id"
                        + " and m.author_id <> o.profile_id),"
                        + " unread = case when exists (select 1 from message m where m.thread_id = o.thread_id"
                        + " and m.author_id <> o.profile_id and (o.last_read_at is null or m.sent_at > o.last_read_at))"
                        + " then true else false end"
                        + " where o.profile_id <> ?1 and o.thread_id in"
                        + " (select p.thread_id from thread_participant p where p.profile_id = ?1)")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedEntityClass(Participation.class)
                .setParameter(1, profileId)
                .executeUpdate();
        List<String> emptied = em.createQuery("select p.threadId from Participation p where p.profileId = :id"
                        + " and not exists (select m.id from Message m where m.threadId = p.threadId)", String.class)
                .setParameter("id", profileId)
                .getResultList();
        em.createQuery("delete from Participation p where p.profileId = :id")
                .setParameter("id", profileId)
                .executeUpdate();
        for (List<String> chunk : chunks(emptied)) {
            em.createQuery("delete from Participation p where p.threadId in :threads")
                    .setParameter("threads", chunk)
                    .executeUpdate();
            em.createQuery("delete from MessageThread t where t.id in :threads")
                    .setParameter("threads", chunk)
                    .executeUpdate();
        }
    }

    static <T> List<List<T>> chunks(List<T> items) {
        return java.util.stream.IntStream.range(0, (items.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> items.subList(i * CHUNK, Math.min(items.size(), (i + 1) * CHUNK)))
                .toList();
    }
}
