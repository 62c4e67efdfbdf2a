package org.twinninglive.schools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.RowLocks;

/**
 * Applications for the eTwinning School label; every query is served by an index of V18: a
 * school's applications ({@code school_label_school_idx}), a country's nss queue
 * ({@code school_label_queue_idx}), a person's ({@code school_label_applicant_idx},
 * {@code school_label_reviewer_idx}).
 */
@ApplicationScoped
public class SchoolLabelRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowLocks locks;

    public void add(SchoolLabelApplication application) {
        em.persist(application);
    }

    public Optional<SchoolLabelApplication> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(SchoolLabelApplication.class, id));
    }

    /** Reads the application again (after its school's row was locked). */
    public void refresh(SchoolLabelApplication application) {
        em.refresh(application);
    }

    /**
     * A plain row lock on the school (no version: schools have none): the applications of one
     * school and their decisions queue, so that two teachers applying at once make one pending
     * application.
     */
    public void lockSchool(String schoolId) {
        em.createNativeQuery("select id from school where id = ?1 " + locks.ownActions(), String.class)
                .setParameter(1, schoolId)
                .getResultList();
    }

    /** A school's applications, the oldest first (a few: one waits at a time). */
    public List<SchoolLabelApplication> ofSchool(String schoolId) {
        return em.createQuery("select a from SchoolLabelApplication a where a.school.id = :school"
                        + " order by a.createdAt, a.id", SchoolLabelApplication.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    /** A country's applications in a status, the longest waiting first. */
    public List<SchoolLabelApplication> queue(String country, SchoolLabelStatus status, PageRequest page) {
        return em.createQuery("select a from SchoolLabelApplication a join fetch a.school where a.country = :country"
                        + " and a.status = :status order by a.createdAt, a.id", SchoolLabelApplication.class)
                .setParameter("country", country)
                .setParameter("status", status)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countQueue(String country, SchoolLabelStatus status) {
        return em.createQuery("select count(a) from SchoolLabelApplication a where a.country = :country"
                        + " and a.status = :status", Long.class)
                .setParameter("country", country)
                .setParameter("status", status)
                .getSingleResult();
    }

    /**
     * For these schools, the last day of their approved labels ending on {@code earliest} or
     * later, in one query: rows of school id, country and that day.
     */
    public List<Object[]> labelsEndingFrom(Collection<String> schoolIds, LocalDate earliest) {
        return em.createQuery("select a.school.id, a.country, max(a.validUntil) from SchoolLabelApplication a"
                        + " where a.school.id in :ids and a.status = :approved and a.validUntil >= :earliest"
                        + " group by a.school.id, a.country", Object[].class)
                .setParameter("ids", schoolIds)
                .setParameter("approved", SchoolLabelStatus.APPROVED)
                .setParameter("earliest", earliest)
                .getResultList();
    }

    /** The applications a person made or decided (their export and erasure), the oldest first. */
    public List<SchoolLabelApplication> involving(String profileId) {
        return em.createQuery("select a from SchoolLabelApplication a join fetch a.school"
                        + " where a.applicantId = :id or a.reviewerId = :id order by a.createdAt, a.id",
                        SchoolLabelApplication.class)
                .setParameter("id", profileId)
                .getResultList();
    }
}
