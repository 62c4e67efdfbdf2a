package org.twinninglive.discussions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.twinninglive.platform.PageRequest;

/** The discussions' threads, posts and followers. */
@ApplicationScoped
public class DiscussionRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Object threadPostOrFollower) {
        em.persist(threadPostOrFollower);
    }

    public Optional<DiscussionThread> thread(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(DiscussionThread.class, id));
    }

    /** The thread with its row locked: its replies queue, so its count and last post stay true. */
    public Optional<DiscussionThread> threadForUpdate(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(DiscussionThread.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The thread a post is in. */
    public Optional<String> threadOf(String postId) {
        return postId == null || postId.length() > 36 ? Optional.empty()
                : em.createQuery("select p.threadId from DiscussionPost p where p.id = :post", String.class)
                        .setParameter("post", postId).getResultStream().findFirst();
    }

    public Optional<DiscussionPost> post(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(DiscussionPost.class, id));
    }

    /** A page of an owner's threads: pinned ones first, then the latest active. */
    public List<DiscussionThread> threads(String kind, String ownerId, PageRequest page) {
        return em.createQuery("select t from DiscussionThread t where t.ownerKind = :kind and t.ownerId = :owner"
                        + " order by t.pinned desc, t.lastPostAt desc, t.id", DiscussionThread.class)
                .setParameter("kind", kind)
                .setParameter("owner", ownerId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countThreads(String kind, String ownerId) {
        return em.createQuery("select count(t) from DiscussionThread t where t.ownerKind = :kind and t.ownerId = :owner",
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("owner", ownerId)
                .getSingleResult();
    }

    /** A page of a thread's posts, the first first. */
    public List<DiscussionPost> posts(String threadId, PageRequest page) {
        return em.createQuery("select p from DiscussionPost p where p.threadId = :thread order by p.createdAt, p.id",
                        DiscussionPost.class)
                .setParameter("thread", threadId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public boolean follows(String threadId, String profileId) {
        return em.find(DiscussionFollower.class, new DiscussionFollower.Key(threadId, profileId)) != null;
    }

    public void unfollow(String threadId, String profileId) {
        em.createQuery("delete from DiscussionFollower f where f.threadId = :thread and f.profileId = :person")
                .setParameter("thread", threadId)
                .setParameter("person", profileId)
                .executeUpdate();
    }

    /** Who follows the thread: told of a new reply. */
    public List<String> followers(String threadId) {
        return em.createQuery("select f.profileId from DiscussionFollower f where f.threadId = :thread order by f.since",
                        String.class)
                .setParameter("thread", threadId)
                .getResultList();
    }

    /** A post and its thread. */
    public record Authored(DiscussionPost post, DiscussionThread thread) {
    }

    /** The posts a person wrote with their threads, the latest first, in one query (export). */
    public List<Authored> postsBy(String profileId) {
        return em.createQuery("select new org.twinninglive.discussions.DiscussionRepository$Authored(p, t)"
                        + " from DiscussionPost p, DiscussionThread t where t.id = p.threadId and p.authorId = :person"
                        + " order by p.createdAt desc", Authored.class)
                .setParameter("person", profileId)
                .getResultList();
    }

    /** The posts a pupil of an owner wrote with their threads, the latest first, in one query (their export, T2). */
    public List<Authored> postsByPupil(String pupilId) {
        return em.createQuery("select new org.twinninglive.discussions.DiscussionRepository$Authored(p, t)"
                        + " from DiscussionPost p, DiscussionThread t where t.id = p.threadId and p.pupilAuthorId = :pupil"
                        + " order by p.createdAt desc", Authored.class)
                .setParameter("pupil", pupilId)
                .getResultList();
    }

    /**
     * A pupil's login is removed (T2): their words go with it. Each of their posts stays in its
     * thread as removed, its body emptied, with no reason (a moderator's, when one removed it first,
     * stays); their threads stay, by no one.
     */
    public void erasePupil(String pupilId, java.time.Instant now) {
        // no reason stored: a post removed with its author's login says so in the reader's language
        em.createQuery("update DiscussionPost p set p.bodyHtml = '', p.bodyText = '', p.removedAt = coalesce(p.removedAt, :now),"
                        + " p.pupilAuthorId = null where p.pupilAuthorId = :pupil")
                .setParameter("pupil", pupilId).setParameter("now", now).executeUpdate();
        em.createQuery("update versioned DiscussionThread t set t.createdByPupil = null where t.createdByPupil = :pupil")
                .setParameter("pupil", pupilId).executeUpdate();
    }

    /** A person's account is erased: their threads and posts stay, by a former member; they follow nothing. */
    public void erase(String profileId) {
        // versioned: a reply that read the thread before cannot write the erased person back
        em.createQuery("update versioned DiscussionThread t set t.createdBy = null where t.createdBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update DiscussionPost p set p.authorId = null where p.authorId = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update DiscussionPost p set p.removedBy = null where p.removedBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("delete from DiscussionFollower f where f.profileId = :person")
                .setParameter("person", profileId).executeUpdate();
    }
}
