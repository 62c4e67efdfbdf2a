package org.twinninglive.progression;

import java.io.Serializable;
import java.time.Instant;

/** Where the re-computation of every bar stands, for the admin page's progress bar. */
public record RecomputationStatus(boolean running, long done, long total, Instant startedAt, Instant finishedAt)
        implements Serializable {

    static RecomputationStatus idle() {
        return new RecomputationStatus(false, 0, 0, null, null);
    }

    public int percent() {
        if (total == 0) {
            return finishedAt == null ? 0 : 100;
        }
        return (int) (100 * done / total);
    }
}
