package org.twinninglive.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, sets off the one-off pass that credits the profiles already complete when what
 * "complete" means changed ({@link CompletionCatchUpBatch}); once it has gone through every
 * profile, a start costs one query. A pass rather than a check at each sign-in: it reaches the
 * profiles whose owners do not sign in again soon (their bars are public all the same), and it
 * keeps a sign-in a read that takes no lock.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class CompletionCatchUp {

    private static final Logger LOG = Logger.getLogger(CompletionCatchUp.class.getName());

    @Inject
    CompletionCatchUpBatch batches;

    @PostConstruct
    void start() {
        try {
            batches.run();
        } catch (RuntimeException notNow) {
            // the platform works without it; the next start tries again
            LOG.log(Level.WARNING, "Could not start crediting the profiles already complete", notNow);
        }
    }
}
