package org.twinninglive.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.twinninglive.people.ProfileService;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.progression.ParticipationRecorded;

/** The self-learning catalogue, and completing a module (S5). */
@Stateless
@PermitAll
public class LearningService {

    static final String CATEGORY = "module-completed";
    private static final Logger LOG = Logger.getLogger(LearningService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileService profiles;

    @Inject
    Event<ParticipationRecorded> participation;

    @Inject
    Clock clock;

    public List<ModuleSummary> catalogue(Optional<SignedInIdentity> viewer) {
        Set<String> done = viewer.filter(identity -> !identity.partnerSystem())
                .map(identity -> completedBy(profiles.signIn(identity).id()))
                .orElse(Set.of());
        return em.createQuery("select m from LearningModule m order by m.position", LearningModule.class)
                .getResultList().stream()
                .map(m -> new ModuleSummary(m.id(), m.slug(), m.title(), m.summary(), m.topic(), m.minutes(),
                        done.contains(m.id())))
                .toList();
    }

    /** A module by its id or its slug. */
    public ModuleDetail module(String idOrSlug) {
        return ModuleDetail.of(find(idOrSlug));
    }

    /**
     * Completes a module whose quiz is answered right. Counts only for a signed-in person; the
     * same module counts once, however often it is completed.
     */
    public Completion complete(Optional<SignedInIdentity> learner, String idOrSlug, Map<Integer, Integer> answers) {
        var module = find(idOrSlug);
        module.checkAnswers(answers == null ? Map.of() : answers);
        if (learner.isEmpty() || learner.get().partnerSystem()) {
            return new Completion(module.id(), false, false);
        }
        String profileId = profiles.signIn(learner.get()).id();
        // first: the ledger locks the learner's profile, so two completions at once cannot clash below
        participation.fire(new ParticipationRecorded(profileId, CATEGORY, module.id(), module.title()));
        boolean firstTime = em.createNativeQuery("insert into learning_completion (profile_id, module_id, completed_at)"
                        + " select ?1, ?2, ?3 where not exists"
                        + " (select 1 from learning_completion where profile_id = ?1 and module_id = ?2)")
                .setParameter(1, profileId)
                .setParameter(2, module.id())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
        LOG.info(() -> "Profile %s completed module %s%s".formatted(profileId, module.slug(), firstTime ? "" : " again"));
        return new Completion(module.id(), true, firstTime);
    }

    private Set<String> completedBy(String profileId) {
        return Set.copyOf(em.createNativeQuery("select module_id from learning_completion where profile_id = ?1", String.class)
                .setParameter(1, profileId)
                .getResultList());
    }

    private LearningModule find(String idOrSlug) {
        return em.createQuery("select m from LearningModule m where m.id = :key or m.slug = :key", LearningModule.class)
                .setParameter("key", idOrSlug == null ? "" : idOrSlug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The module"));
    }
}
