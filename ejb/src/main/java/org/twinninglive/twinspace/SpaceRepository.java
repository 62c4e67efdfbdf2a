package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.twinninglive.platform.PageRequest;

/** The TwinSpaces' pages and their versions. */
@ApplicationScoped
public class SpaceRepository {

    /** A space holds at most this many pages (its tree is read in one query). */
    public static final int MOST_PAGES = 1000;

    @PersistenceContext
    EntityManager em;

    public void add(SpacePage page) {
        em.persist(page);
    }

    public void add(SpacePageRevision revision) {
        em.persist(revision);
    }

    /** A page of this space, or none (another space's page is none). */
    public Optional<SpacePage> page(String projectId, String pageId) {
        return Optional.ofNullable(pageId == null || pageId.length() > 36 ? null : em.find(SpacePage.class, pageId))
                .filter(p -> p.projectId().equals(projectId));
    }

    /** The same, its row locked: two saves of one page queue, and the second sees the first's version. */
    public Optional<SpacePage> pageForUpdate(String projectId, String pageId) {
        return Optional.ofNullable(pageId == null || pageId.length() > 36 ? null
                        : em.find(SpacePage.class, pageId, LockModeType.PESSIMISTIC_WRITE))
                .filter(p -> p.projectId().equals(projectId));
    }

    /** The space's pages, by title (the tree is drawn from their parents), at most {@link #MOST_PAGES}. */
    public List<SpacePage> pages(String projectId) {
        return em.createQuery("select p from SpacePage p where p.projectId = :project order by p.title, p.id",
                        SpacePage.class)
                .setParameter("project", projectId)
                .setMaxResults(MOST_PAGES)
                .getResultList();
    }

    public long countPages(String projectId) {
        return em.createQuery("select count(p) from SpacePage p where p.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    public void add(SpaceBlogPost post) {
        em.persist(post);
    }

    /** A page of the space's blog, the latest first. */
    public List<SpaceBlogPost> blog(String projectId, PageRequest page) {
        return em.createQuery("select b from SpaceBlogPost b where b.projectId = :project"
                        + " order by b.publishedAt desc, b.id", SpaceBlogPost.class)
                .setParameter("project", projectId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countBlog(String projectId) {
        return em.createQuery("select count(b) from SpaceBlogPost b where b.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    /** The blog posts a person published, the latest first (export). */
    public List<SpaceBlogPost> blogBy(String profileId) {
        return em.createQuery("select b from SpaceBlogPost b where b.authorId = :person order by b.publishedAt desc",
                        SpaceBlogPost.class)
                .setParameter("person", profileId)
                .getResultList();
    }

    /** A page's versions, the latest first. */
    public List<SpacePageRevision> revisions(String pageId, int max) {
        return em.createQuery("select r from SpacePageRevision r where r.pageId = :page order by r.revision desc",
                        SpacePageRevision.class)
                .setParameter("page", pageId)
                .setMaxResults(max)
                .getResultList();
    }

    /** One version of a page. */
    public Optional<SpacePageRevision> revision(String pageId, int revision) {
        return em.createQuery("select r from SpacePageRevision r where r.pageId = :page and r.revision = :revision",
                        SpacePageRevision.class)
                .setParameter("page", pageId)
                .setParameter("revision", revision)
                .getResultStream().findFirst();
    }

    /** The space's latest saved versions, for its Twinboard. */
    public List<SpacePageRevision> recent(String projectId, int max) {
        return em.createQuery("select r from SpacePageRevision r where r.projectId = :project"
                        + " order by r.editedAt desc, r.revision desc", SpacePageRevision.class)
                .setParameter("project", projectId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The versions a person saved, the latest first (export). */
    public List<SpacePageRevision> revisionsBy(String profileId) {
        return em.createQuery("select r from SpacePageRevision r where r.editedBy = :person order by r.editedAt desc",
                        SpacePageRevision.class)
                .setParameter("person", profileId)
                .getResultList();
    }

    /** Whether this person follows the page. */
    public boolean follows(String pageId, String profileId) {
        return !em.createQuery("select f.id from SpacePageFollower f where f.pageId = :page and f.profileId = :person",
                        String.class)
                .setParameter("page", pageId).setParameter("person", profileId).setMaxResults(1).getResultList()
                .isEmpty();
    }

    public void add(SpacePageFollower follower) {
        em.persist(follower);
    }

    public void unfollow(String pageId, String profileId) {
        em.createQuery("delete from SpacePageFollower f where f.pageId = :page and f.profileId = :person")
                .setParameter("page", pageId).setParameter("person", profileId).executeUpdate();
    }

    /** Who follows the page: told of a new version. */
    public List<String> followers(String pageId) {
        return em.createQuery("select f.profileId from SpacePageFollower f where f.pageId = :page order by f.since",
                        String.class)
                .setParameter("page", pageId).getResultList();
    }

    /** A removed pupil's page edits (T2): the pages and versions stay, by no one. */
    public void forgetPupil(String pupilId) {
        em.createQuery("update SpacePage p set p.createdByPupil = null where p.createdByPupil = :pupil")
                .setParameter("pupil", pupilId).executeUpdate();
        em.createQuery("update SpacePage p set p.updatedByPupil = null where p.updatedByPupil = :pupil")
                .setParameter("pupil", pupilId).executeUpdate();
        em.createQuery("update SpacePageRevision r set r.editedByPupil = null where r.editedByPupil = :pupil")
                .setParameter("pupil", pupilId).executeUpdate();
    }

    /** A person's account is erased: their pages, versions and blog posts stay, by a former member; they follow nothing. */
    public void erase(String profileId) {
        em.createQuery("delete from SpacePageFollower f where f.profileId = :person").setParameter("person", profileId)
                .executeUpdate();
        em.createQuery("update SpacePage p set p.createdBy = null where p.createdBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update SpacePage p set p.updatedBy = null where p.updatedBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update SpacePageRevision r set r.editedBy = null where r.editedBy = :person")
                .setParameter("person", profileId).executeUpdate();
        em.createQuery("update SpaceBlogPost b set b.authorId = null where b.authorId = :person")
                .setParameter("person", profileId).executeUpdate();
    }
}
