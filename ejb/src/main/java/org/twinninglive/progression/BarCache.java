package org.twinninglive.progression;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Bars as pages and the API read them, from the Infinispan cache {@code twinning/progression-bars}
 * (wildfly-config/src/main/cli/server.cli): most bars are read far more often than they move.
 * Entries go when a change commits, so a rolled-back action never shows. A bar read from the
 * database while a change commits could be stored just after that change's eviction and stay
 * stale: every eviction counts, and a reader that saw the count move while it loaded takes its
 * entry back out (the count moves before the eviction, the reader checks after storing).
 */
@ApplicationScoped
public class BarCache {

    // Infinispan's Cache is a ConcurrentMap: the application needs nothing of Infinispan's own API
    @Resource(lookup = "java:jboss/infinispan/cache/twinning/progression-bars")
    Map<String, ProgressionBar> bars;

    private final AtomicLong evictions = new AtomicLong();

    /** The cached bar, or the loaded one, stored unless a change committed meanwhile. */
    ProgressionBar get(String profileId, Function<String, ProgressionBar> load) {
        var cached = bars.get(profileId);
        if (cached != null) {
            return cached;
        }
        long before = evictions.get();
        var loaded = load.apply(profileId);
        bars.put(profileId, loaded);
        if (evictions.get() != before) {
            bars.remove(profileId);
        }
        return loaded;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BarChanged change) {
        evictions.incrementAndGet();
        if (change.profileId() == null) {
            bars.clear();
        } else {
            bars.remove(change.profileId());
        }
    }
}
