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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.twinninglive.people.Language;
import org.twinninglive.people.ProfileService;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.progression.ParticipationRecorded;

/**
 * The self-learning catalogue, and completing a module (S5). Modules read in the language
 * asked (en, es, fr, de; any other is English), English standing in for any missing text;
 * each answer fetches a module's words in every language with the module, in one query.
 */
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

    public List<ModuleSummary> catalogue(Optional<SignedInIdentity> viewer, Locale locale) {
        var language = languageOf(locale);
        Set<String> done = viewer.filter(identity -> !identity.partnerSystem())
                .map(identity -> completedBy(profiles.signIn(identity).id()))
                .orElse(Set.of());
        return em.createQuery("select m from LearningModule m left join fetch m.translations order by m.position",
                        LearningModule.class)
                .getResultList().stream()
                .map(m -> {
                    var text = m.text(language);
                    return new ModuleSummary(m.id(), m.slug(), text.title(), text.summary(), m.topic(), m.minutes(),
                            done.contains(m.id()));
                })
                .toList();
    }

    /** A module by its id or its slug. */
    public ModuleDetail module(String idOrSlug, Locale locale) {
        return ModuleDetail.of(find(idOrSlug), languageOf(locale));
    }

    /**
     * Completes a module whose quiz is answered right. Counts only for a signed-in person; the
     * same module counts once, however often it is completed.
     */
    public Completion complete(Optional<SignedInIdentity> learner, String idOrSlug, Map<Integer, Integer> answers,
                               Locale locale) {
        var module = find(idOrSlug);
        module.checkAnswers(answers == null ? Map.of() : answers, languageOf(locale));
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

    /**
     * The module with its steps and all their words, in three queries whatever the number of
     * steps: the module with its texts, its steps with theirs (JPA allows no alias on a fetch
     * join, so not in one), and nothing per step.
     */
    private LearningModule find(String idOrSlug) {
        var module = em.createQuery("select m from LearningModule m left join fetch m.translations"
                        + " where m.id = :key or m.slug = :key", LearningModule.class)
                .setParameter("key", idOrSlug == null ? "" : idOrSlug)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The module"));
        em.createQuery("select distinct s from LearningStep s left join fetch s.translations where s.module = :module",
                        LearningStep.class)
                .setParameter("module", module)
                .getResultList();
        return module;
    }

    private static Language languageOf(Locale locale) {
        return Language.find(locale == null ? null : locale.getLanguage()).orElse(Language.DEFAULT);
    }
}
