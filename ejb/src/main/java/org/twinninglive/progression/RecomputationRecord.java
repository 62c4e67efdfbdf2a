package org.twinninglive.progression;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row saying where the re-computation of every bar stands. It moves forward in the
 * transaction of each batch, so after a failure or a restart the work resumes exactly after the
 * last batch whose bars were written.
 */
@Entity
@Table(name = "progression_recomputation")
public class RecomputationRecord {

    static final int ONLY = 1;
    private static final int FAILURE_LENGTH = 500;

    @Id
    private int id;

    @Column(name = "requested_at")
    private Instant requestedAt;

    /** The last profile id whose bar follows the current rules; null when no work is pending. */
    @Column(name = "resume_after", length = 36)
    private String resumeAfter;

    @Column(nullable = false)
    private long done;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(length = FAILURE_LENGTH)
    private String failure;

    protected RecomputationRecord() {
    }

    RecomputationRecord(int id) {
        this.id = id;
    }

    /** The rules changed: every bar is to be re-computed, from the first profile. */
    void request(Instant now) {
        requestedAt = now;
        resumeAfter = "";
        done = 0;
        failedAt = null;
        failure = null;
    }

    boolean pending() {
        return resumeAfter != null;
    }

    String resumeAfter() {
        return resumeAfter;
    }

    long done() {
        return done;
    }

    void advance(String lastProfileId, int profiles) {
        resumeAfter = lastProfileId;
        done += profiles;
    }

    void finish() {
        resumeAfter = null;
    }

    void fail(Instant now, String reason) {
        failedAt = now;
        failure = reason == null || reason.length() <= FAILURE_LENGTH ? reason : reason.substring(0, FAILURE_LENGTH);
    }

    Instant failedAt() {
        return failedAt;
    }
}
