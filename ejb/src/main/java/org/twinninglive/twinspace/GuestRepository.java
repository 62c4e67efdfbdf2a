package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The TwinSpaces' guest teachers. */
@ApplicationScoped
public class GuestRepository {

    /** A space has at most this many guests (a few colleagues per member school). */
    public static final int MOST_GUESTS = 200;

    @PersistenceContext
    EntityManager em;

    public void add(SpaceGuest guest) {
        em.persist(guest);
    }

    public void remove(SpaceGuest guest) {
        em.remove(guest);
    }

    /** Whether this person is a guest of the space (the unique index answers it). */
    public boolean isGuest(String projectId, String profileId) {
        return guest(projectId, profileId).isPresent();
    }

    public Optional<SpaceGuest> guest(String projectId, String profileId) {
        return em.createQuery("select g from SpaceGuest g where g.projectId = :project and g.profileId = :person",
                        SpaceGuest.class)
                .setParameter("project", projectId).setParameter("person", profileId)
                .getResultStream().findFirst();
    }

    /** The space's guests, first invited first, at most {@link #MOST_GUESTS}. */
    public List<SpaceGuest> guests(String projectId) {
        return em.createQuery("select g from SpaceGuest g where g.projectId = :project order by g.invitedAt, g.id",
                        SpaceGuest.class)
                .setParameter("project", projectId)
                .setMaxResults(MOST_GUESTS)
                .getResultList();
    }

    public long countGuests(String projectId) {
        return em.createQuery("select count(g) from SpaceGuest g where g.projectId = :project", Long.class)
                .setParameter("project", projectId).getSingleResult();
    }

    /** The spaces this person is a guest of, for their export. */
    public List<SpaceGuest> seatsOf(String profileId) {
        return em.createQuery("select g from SpaceGuest g where g.profileId = :person order by g.invitedAt",
                        SpaceGuest.class)
                .setParameter("person", profileId).getResultList();
    }

    /**
     * A guest who joins the project is a member from then on, and no guest: should they leave it,
     * nothing of the space is theirs any more.
     */
    void joined(@jakarta.enterprise.event.Observes org.twinninglive.projects.ProjectJoined fact) {
        guest(fact.projectId(), fact.memberId()).ifPresent(this::remove);
    }

    /** A person's erasure: they are nobody's guest any more, and the guests they invited were invited by no one. */
    public void erase(String profileId) {
        em.createQuery("delete from SpaceGuest g where g.profileId = :person").setParameter("person", profileId)
                .executeUpdate();
        em.createQuery("update SpaceGuest g set g.invitedBy = null where g.invitedBy = :person")
                .setParameter("person", profileId).executeUpdate();
    }
}
