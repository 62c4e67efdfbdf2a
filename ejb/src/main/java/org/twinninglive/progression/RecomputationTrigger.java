package org.twinninglive.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts re-computing only after the new rules have committed (a re-computation started
 * earlier would read the old ones), and releases the claim when the change rolled back.
 */
@ApplicationScoped
public class RecomputationTrigger {

    @Inject
    Recomputation recomputation;

    void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        recomputation.run();
    }

    void abandon(@Observes(during = TransactionPhase.AFTER_FAILURE) RulesChanged change) {
        recomputation.release();
    }
}
