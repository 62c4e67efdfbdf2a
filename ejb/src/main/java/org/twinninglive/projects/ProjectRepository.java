package org.twinninglive.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.twinninglive.platform.PageRequest;

/** Projects and their parts; every query is served by a primary key or an index of V14. */
@ApplicationScoped
public class ProjectRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Project> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Project.class, id));
    }

    /** The project with its row locked: changes to one project queue, so two invitations of one person make one. */
    public Optional<Project> forUpdate(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Project project) {
        em.persist(project);
    }

    // ---- quality label applications (P5)

    public void add(QualityLabelApplication application) {
        em.persist(application);
    }

    /** The applications of these projects, oldest first, in one query. */
    public List<QualityLabelApplication> applicationsOf(Collection<String> projectIds) {
        return projectIds.isEmpty() ? List.of() : em.createQuery("select a from QualityLabelApplication a"
                        + " where a.project.id in :ids order by a.createdAt, a.id", QualityLabelApplication.class)
                .setParameter("ids", projectIds).getResultList();
    }

    public Optional<QualityLabelApplication> application(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(QualityLabelApplication.class, id));
    }

    /** Reads the application again (after its project's row was locked). */
    public void refresh(QualityLabelApplication application) {
        em.refresh(application);
    }

    /** Applications of a level (and country, for national ones) in a status, the longest waiting first. */
    public List<QualityLabelApplication> applications(QualityLabelLevel level, String country, ApprovalStatus status,
                                                      PageRequest page) {
        var query = em.createQuery("select a from QualityLabelApplication a where a.level = :level"
                        + " and a.status = :status" + (country == null ? "" : " and a.country = :country")
                        + " order by a.createdAt, a.id", QualityLabelApplication.class)
                .setParameter("level", level).setParameter("status", status);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countApplications(QualityLabelLevel level, String country, ApprovalStatus status) {
        var query = em.createQuery("select count(a) from QualityLabelApplication a where a.level = :level"
                + " and a.status = :status" + (country == null ? "" : " and a.country = :country"), Long.class)
                .setParameter("level", level).setParameter("status", status);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.getSingleResult();
    }

    /** The applications a person made or reviewed (their export and erasure). */
    public List<QualityLabelApplication> applicationsInvolving(String profileId) {
        return em.createQuery("select a from QualityLabelApplication a where a.applicantId = :id or a.reviewerId = :id"
                        + " order by a.createdAt, a.id", QualityLabelApplication.class)
                .setParameter("id", profileId).getResultList();
    }

    /** A person's projects in these statuses, the newest first (the Projects tab). */
    public List<Project> of(String profileId, Collection<ProjectStatus> statuses, PageRequest page) {
        return em.createQuery("select p from Project p join p.members m where m.profileId = :id"
                        + " and p.status in :statuses order by p.createdAt desc, p.id", Project.class)
                .setParameter("id", profileId).setParameter("statuses", statuses)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countOf(String profileId, Collection<ProjectStatus> statuses) {
        return em.createQuery("select count(p) from Project p join p.members m where m.profileId = :id"
                        + " and p.status in :statuses", Long.class)
                .setParameter("id", profileId).setParameter("statuses", statuses).getSingleResult();
    }

    /** All the projects a person is a member of (their erasure, their export). */
    public List<Project> allOf(String profileId) {
        return em.createQuery("select p from Project p join p.members m where m.profileId = :id order by p.createdAt",
                Project.class).setParameter("id", profileId).getResultList();
    }

    /** The projects with an invitation to or from a person (their erasure). */
    public List<Project> invitingOrInvitedBy(String profileId) {
        return em.createQuery("select distinct i.project from ProjectInvitation i"
                + " where i.inviteeId = :id or i.inviterId = :id", Project.class).setParameter("id", profileId)
                .getResultList();
    }

    /** The invitations waiting for a person's answer, the oldest first. */
    public List<ProjectInvitation> invitationsTo(String profileId, PageRequest page) {
        return em.createQuery("select i from ProjectInvitation i join fetch i.project where i.inviteeId = :id"
                        + " and i.status = :pending order by i.createdAt, i.id", ProjectInvitation.class)
                .setParameter("id", profileId).setParameter("pending", InvitationStatus.PENDING)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countInvitationsTo(String profileId) {
        return em.createQuery("select count(i) from ProjectInvitation i where i.inviteeId = :id and i.status = :pending",
                Long.class).setParameter("id", profileId).setParameter("pending", InvitationStatus.PENDING)
                .getSingleResult();
    }

    /** Every invitation a person received or sent (their export). */
    public List<ProjectInvitation> invitationsOf(String profileId) {
        return em.createQuery("select i from ProjectInvitation i join fetch i.project"
                + " where i.inviteeId = :id or i.inviterId = :id order by i.createdAt", ProjectInvitation.class)
                .setParameter("id", profileId).getResultList();
    }

    /** A country's nss queue: the projects waiting for its decision, the longest waiting first. */
    public List<Project> awaiting(String country, PageRequest page) {
        return em.createQuery("select p from Project p join p.approvals a where a.country = :country"
                        + " and a.status = :pending and p.status = :projectPending order by a.requestedAt, p.id",
                        Project.class)
                .setParameter("country", country).setParameter("pending", ApprovalStatus.PENDING)
                .setParameter("projectPending", ProjectStatus.PENDING)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countAwaiting(String country) {
        return em.createQuery("select count(p) from Project p join p.approvals a where a.country = :country"
                        + " and a.status = :pending and p.status = :projectPending", Long.class)
                .setParameter("country", country).setParameter("pending", ApprovalStatus.PENDING)
                .setParameter("projectPending", ProjectStatus.PENDING).getSingleResult();
    }

    // school label (eTwinning School)

    /**
     * Whether a project one of whose members joined from this school was given, at {@code since}
     * or later, the National Quality Label of that member's country. project_label keeps no date,
     * so the approved national application tells when ({@code reviewed_at}); a label is never
     * taken back, so an approved application is a label held. From the school's members
     * ({@code project_member_school_idx}) to their projects' applications
     * ({@code quality_label_project_idx}); one row is enough.
     */
    public boolean hasNationalLabelSince(String schoolId, java.time.Instant since) {
        return !em.createQuery("select a.id from ProjectMember m join QualityLabelApplication a"
                        + " on a.project.id = m.project.id where m.schoolId = :school and a.level = :national"
                        + " and a.country = m.country and a.status = :approved and a.reviewedAt >= :since",
                        String.class)
                .setParameter("school", schoolId)
                .setParameter("national", QualityLabelLevel.NATIONAL)
                .setParameter("approved", ApprovalStatus.APPROVED)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    // ---- European Prizes (P5): the indexes of V17

    public void add(PrizeRound round) {
        em.persist(round);
    }

    public Optional<PrizeRound> prizeRound(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(PrizeRound.class, id));
    }

    /** A page of the prize rounds, the latest period first. */
    public List<PrizeRound> prizeRounds(PageRequest page) {
        return em.createQuery("select r from PrizeRound r order by r.opensOn desc, r.createdAt desc, r.id",
                        PrizeRound.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** The rounds whose period holds this day, the first to close first (a page's worth at most). */
    public List<PrizeRound> prizeRoundsOpenOn(LocalDate day) {
        return em.createQuery("select r from PrizeRound r where r.opensOn <= :day and r.closesOn >= :day"
                        + " order by r.closesOn, r.createdAt, r.id", PrizeRound.class)
                .setParameter("day", day).setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    public long countPrizeRounds() {
        return em.createQuery("select count(r) from PrizeRound r", Long.class).getSingleResult();
    }

    public void add(PrizeApplication application) {
        em.persist(application);
    }

    public Optional<PrizeApplication> prizeApplication(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(PrizeApplication.class, id));
    }

    /** Reads the prize application again (after its project's row was locked). */
    public void refresh(PrizeApplication application) {
        em.refresh(application);
    }

    /** A project's prize applications with their rounds, of every round, oldest first. */
    public List<PrizeApplication> prizeApplicationsOf(String projectId) {
        return em.createQuery("select a from PrizeApplication a join fetch a.round where a.project.id = :id"
                + " order by a.createdAt, a.id", PrizeApplication.class).setParameter("id", projectId).getResultList();
    }

    /** A round's first {@code max} applications with their projects, oldest first (the css reads the round). */
    public List<PrizeApplication> prizeApplicationsIn(String roundId, int max) {
        return em.createQuery("select a from PrizeApplication a join fetch a.project where a.round.id = :id"
                        + " order by a.createdAt, a.id", PrizeApplication.class)
                .setParameter("id", roundId).setMaxResults(max).getResultList();
    }

    /** The winners of these rounds with their projects, in the order they were marked, in one query. */
    public List<PrizeApplication> prizeWinnersOf(Collection<String> roundIds) {
        return roundIds.isEmpty() ? List.of() : em.createQuery("select a from PrizeApplication a join fetch a.project"
                        + " where a.round.id in :ids and a.wonAt is not null order by a.wonAt, a.id", PrizeApplication.class)
                .setParameter("ids", roundIds).getResultList();
    }

    /** The prizes a project won with their rounds, the first won first. */
    public List<PrizeApplication> prizesWonBy(String projectId) {
        return em.createQuery("select a from PrizeApplication a join fetch a.round where a.project.id = :id"
                + " and a.wonAt is not null order by a.wonAt, a.id", PrizeApplication.class)
                .setParameter("id", projectId).getResultList();
    }

    /** The prize applications a person made or marked a winner (their export and erasure). */
    public List<PrizeApplication> prizeApplicationsInvolving(String profileId) {
        return em.createQuery("select a from PrizeApplication a join fetch a.round"
                        + " where a.applicantId = :id or a.awardedBy = :id order by a.createdAt, a.id",
                        PrizeApplication.class)
                .setParameter("id", profileId).getResultList();
    }
}
