package org.twinninglive.progression;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** At start-up, finishes the re-computation a stopped server left half done (S6). */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class RecomputationResume {

    private static final Logger LOG = Logger.getLogger(RecomputationResume.class.getName());

    @Inject
    Recomputation recomputation;

    @PostConstruct
    void resumePendingWork() {
        try {
            if (recomputation.resume()) {
                LOG.info(() -> "Resuming the re-computation of the bars after %d profiles"
                        .formatted(recomputation.status().done()));
            }
        } catch (RuntimeException notNow) {
            // the platform works without it; the Central Support Service can resume it from the admin page
            LOG.log(Level.WARNING, "Could not resume the re-computation of the bars at start-up", notNow);
        }
    }
}
