package org.twinninglive.progression;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the re-computation of every bar stands, for the admin page's progress bar. {@code failed}
 * says it stopped on an error before the end (finishedAt is then when it stopped); it resumes
 * after the last batch written, on request or at the next start.
 */
public record RecomputationStatus(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
        boolean failed) implements Serializable {

    static RecomputationStatus idle() {
        return new RecomputationStatus(false, 0, 0, null, null, false);
    }

    static RecomputationStatus started(long done, long total, Instant at) {
        return new RecomputationStatus(true, done, Math.max(done, total), at, null, false);
    }

    RecomputationStatus progressed(long doneNow) {
        return new RecomputationStatus(true, doneNow, Math.max(total, doneNow), startedAt, null, false);
    }

    RecomputationStatus finished(Instant at) {
        return new RecomputationStatus(false, total, total, startedAt, at, false);
    }

    RecomputationStatus stopped(Instant at) {
        return new RecomputationStatus(false, done, total, startedAt, at, true);
    }

    public int percent() {
        if (total == 0) {
            return finishedAt == null || failed ? 0 : 100;
        }
        return (int) (100 * done / total);
    }
}
