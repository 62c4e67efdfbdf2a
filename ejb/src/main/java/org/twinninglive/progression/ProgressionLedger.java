package org.twinninglive.progression;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Credits what users did. Runs inside the transaction of the action that fired the event: the
 * ledger row and the bar move with it or not at all. A category the rule table does not know
 * is logged and ignored, never a reason to fail the user's action.
 */
@ApplicationScoped
public class ProgressionLedger {

    private static final Logger LOG = Logger.getLogger(ProgressionLedger.class.getName());

    @Inject
    ProgressionRepository repository;

    @Inject
    Event<BarChanged> changes;

    @Inject
    Clock clock;

    /**
     * Observes before every other observer of the action ({@code APPLICATION} comes before their
     * default priority): rows that others insert with a key to the profile take a share lock on
     * it, and taking that before this row lock would deadlock two concurrent actions.
     */
    void record(@Observes @Priority(Interceptor.Priority.APPLICATION) ParticipationRecorded action) {
        // lock first: the rule is then read after any re-computation holding this profile has committed
        if (!repository.lockProfile(action.profileId())) {
            LOG.warning(() -> "Progression ignores an action of unknown profile " + action.profileId());
            return;
        }
        var rule = repository.rule(action.category());
        if (rule.isEmpty()) {
            LOG.warning(() -> "Progression ignores unknown category '%s' (profile %s, reference %s)"
                    .formatted(action.category(), action.profileId(), action.reference()));
            return;
        }
        if (repository.credited(action.profileId(), action.category(), action.reference())) {
            return;
        }
        long before = repository.actions(action.profileId(), action.category());
        repository.add(new LedgerEntry(action.profileId(), action.category(), action.reference(), clock.instant()));
        int earned = rule.get().pointsFor(before + 1) - rule.get().pointsFor(before);
        if (earned > 0) {
            var area = rule.get().area();
            repository.barRow(action.profileId(), area).ifPresentOrElse(
                    row -> row.add(earned),
                    () -> repository.add(new AreaPoints(action.profileId(), area, earned)));
        }
        changes.fire(new BarChanged(action.profileId()));
        LOG.fine(() -> "Credited %s/%s to %s: +%d".formatted(action.category(), action.reference(), action.profileId(), earned));
    }
}
