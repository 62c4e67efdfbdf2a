package org.twinninglive.progression;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;

/**
 * Bars as pages and the API read them, from the Infinispan cache {@code twinning/progression-bars}
 * (wildfly-config/src/main/cli/server.cli): most bars are read far more often than they move.
 * Entries go when a change commits, so a rolled-back action never shows.
 */
@ApplicationScoped
public class BarCache {

    // Infinispan's Cache is a ConcurrentMap: the application needs nothing of Infinispan's own API
    @Resource(lookup = "java:jboss/infinispan/cache/twinning/progression-bars")
    Map<String, ProgressionBar> bars;

    Optional<ProgressionBar> get(String profileId) {
        return Optional.ofNullable(bars.get(profileId));
    }

    void put(ProgressionBar bar) {
        bars.put(bar.profileId(), bar);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BarChanged change) {
        if (change.profileId() == null) {
            bars.clear();
        } else {
            bars.remove(change.profileId());
        }
    }
}
