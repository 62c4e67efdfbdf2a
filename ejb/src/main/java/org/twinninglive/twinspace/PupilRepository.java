package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.twinninglive.platform.PageRequest;

/** The TwinSpaces' pupils, their settings and their wall. */
@ApplicationScoped
public class PupilRepository {

    /** A space holds at most this many pupils (a few classes). */
    public static final int MOST_PUPILS = 300;

    @PersistenceContext
    EntityManager em;

    /** Writes what was added now, so that the database's refusals come while the caller can still undo its own. */
    public void flush() {
        em.flush();
    }

    public void add(SpacePupil pupil) {
        em.persist(pupil);
    }

    public void add(SpacePupilSettings settings) {
        em.persist(settings);
    }

    public void add(SpaceWallPost post) {
        em.persist(post);
    }

    /** The pupil whose Keycloak account this is. */
    public Optional<SpacePupil> bySubject(String subject) {
        return em.createQuery("select p from SpacePupil p where p.subject = :subject", SpacePupil.class)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    /** A pupil of this space, or none (another space's pupil is none). */
    public Optional<SpacePupil> pupil(String projectId, String pupilId) {
        return Optional.ofNullable(pupilId == null || pupilId.length() > 36 ? null : em.find(SpacePupil.class, pupilId))
                .filter(p -> p.projectId().equals(projectId));
    }

    /** The space's pupils by nickname, at most {@link #MOST_PUPILS}. */
    public List<SpacePupil> pupils(String projectId) {
        return em.createQuery("select p from SpacePupil p where p.projectId = :project order by lower(p.nickname), p.id",
                        SpacePupil.class)
                .setParameter("project", projectId)
                .setMaxResults(MOST_PUPILS)
                .getResultList();
    }

    public long countPupils(String projectId) {
        return em.createQuery("select count(p) from SpacePupil p where p.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    /** The nicknames of these pupils, by id, in one query. */
    public Map<String, String> nicknames(Collection<String> pupilIds) {
        if (pupilIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.id, p.nickname from SpacePupil p where p.id in :ids", Object[].class)
                .setParameter("ids", pupilIds.stream().distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    public void remove(SpacePupil pupil) {
        em.remove(pupil);
    }

    public Optional<SpacePupilSettings> settings(String projectId) {
        return Optional.ofNullable(em.find(SpacePupilSettings.class, projectId));
    }

    /** A page of the space's wall, the latest first; hidden posts only for those who may see them. */
    public List<SpaceWallPost> wall(String projectId, boolean withHidden, PageRequest page) {
        return em.createQuery("select w from SpaceWallPost w where w.projectId = :project"
                        + (withHidden ? "" : " and w.hiddenAt is null") + " order by w.createdAt desc, w.id",
                        SpaceWallPost.class)
                .setParameter("project", projectId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countWall(String projectId, boolean withHidden) {
        return em.createQuery("select count(w) from SpaceWallPost w where w.projectId = :project"
                        + (withHidden ? "" : " and w.hiddenAt is null"), Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    /** A wall post of this space, its row locked: two hides queue, the second is told. */
    public Optional<SpaceWallPost> wallPostForUpdate(String projectId, String postId) {
        return Optional.ofNullable(postId == null || postId.length() > 36 ? null
                        : em.find(SpaceWallPost.class, postId, LockModeType.PESSIMISTIC_WRITE))
                .filter(p -> p.projectId().equals(projectId));
    }

    /** A teacher's wall posts (their export). */
    public List<SpaceWallPost> wallPostsBy(String profileId) {
        return em.createQuery("select w from SpaceWallPost w where w.authorId = :person order by w.createdAt",
                        SpaceWallPost.class)
                .setParameter("person", profileId)
                .getResultList();
    }

    /** A pupil's wall posts (their export). */
    public List<SpaceWallPost> wallPostsOf(String pupilId) {
        return em.createQuery("select w from SpaceWallPost w where w.pupilId = :pupil order by w.createdAt",
                        SpaceWallPost.class)
                .setParameter("pupil", pupilId)
                .getResultList();
    }

    /**
     * What a removed pupil wrote goes with them (T2: a pupil's content is erased with their
     * login): their wall posts; their forum posts and page versions lose the pupil's name.
     */
    public void eraseWritingsOf(String pupilId) {
        em.createQuery("delete from SpaceWallPost w where w.pupilId = :pupil").setParameter("pupil", pupilId)
                .executeUpdate();
    }

    /** A teacher's erasure: their wall posts lose their author, their hides and confirmations their name. */
    public void forgetTeacher(String profileId) {
        em.createQuery("update SpaceWallPost w set w.authorId = null where w.authorId = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update SpaceWallPost w set w.hiddenBy = null where w.hiddenBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update SpacePupil p set p.createdBy = null where p.createdBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update SpacePupilSettings s set s.consentConfirmedBy = null where s.consentConfirmedBy = :person")
                .setParameter("person", profileId).executeUpdate();
    }
}
