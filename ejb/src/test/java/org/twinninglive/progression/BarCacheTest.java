package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BarCacheTest {

    private final BarCache cache = new BarCache();
    private int loads;

    BarCacheTest() {
        cache.bars = new ConcurrentHashMap<>();
    }

    @Test
    void aLoadedBarIsServedFromTheCacheNextTime() {
        cache.get("alice", this::load);
        cache.get("alice", this::load);

        assertThat(loads).isEqualTo(1);
    }

    @Test
    void aChangeCommittingWhileABarLoadsKeepsTheOldBarOutOfTheCache() {
        cache.get("alice", id -> {
            var stale = load(id);
            cache.onChange(new BarChanged(id)); // the credit commits while the old bar is being read
            return stale;
        });

        assertThat(cache.bars).doesNotContainKey("alice");
        cache.get("alice", this::load);
        assertThat(loads).as("the next read loads the fresh bar").isEqualTo(2);
    }

    @Test
    void aChangeEvictsTheBarAndARuleChangeEvictsEveryBar() {
        cache.get("alice", this::load);
        cache.get("bob", this::load);

        cache.onChange(new BarChanged("alice"));
        assertThat(cache.bars).containsOnlyKeys("bob");

        cache.onChange(BarChanged.everyone());
        assertThat(cache.bars).isEmpty();
    }

    private ProgressionBar load(String profileId) {
        loads++;
        return Scoring.bar(profileId, Map.of(), List.of());
    }
}
