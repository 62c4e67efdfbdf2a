package org.twinninglive.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import org.twinninglive.progression.ParticipationRecorded;

/**
 * Keeps the public part of what people do, for their followers' feeds (C1): the same actions
 * that progression counts, of the kinds that say nothing private (not whom one follows or
 * befriends). Recorded in the action's own transaction, once per action, after the progression
 * ledger has locked the person's profile row (its observer comes first).
 */
@ApplicationScoped
public class ActivityRecorder {

    /** The kinds shown to followers; messages, contacts and follows stay private. */
    public static final Set<String> PUBLIC_KINDS = Set.of("module-completed", "school-added", "photo-added",
            "profile-completed", "project-created", "event-organised", "group-joined", "training-completed");

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactRepository contacts;

    @Inject
    Clock clock;

    void record(@Observes ParticipationRecorded action) {
        if (!action.shown() || !PUBLIC_KINDS.contains(action.category())) {
            return;
        }
        boolean known = !em.createQuery("select 1 from Activity a where a.profileId = :profile and a.kind = :kind"
                        + " and a.reference = :reference", Integer.class)
                .setParameter("profile", action.profileId())
                .setParameter("kind", action.category())
                .setParameter("reference", action.reference())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (!known) {
            contacts.addActivity(new Activity(action.profileId(), action.category(), action.reference(), action.label(),
                    clock.instant()));
        }
    }
}
