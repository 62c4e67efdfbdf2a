package org.twinninglive.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row saying how far the pass over existing profiles has come that credits those
 * already complete ({@link CompletionCatchUp}). It moves forward in the transaction of each
 * batch, so a pass cut short by a stop resumes after the last batch that committed. A migration
 * that changes what a complete profile is opens it again ({@code resume_after = ''}).
 */
@Entity
@Table(name = "profile_completion_catch_up")
public class CompletionCatchUpRecord {

    static final int ONLY = 1;

    @Id
    private int id;

    /** The last profile id examined; null once the pass has gone through every profile. */
    @Column(name = "resume_after", length = 36)
    private String resumeAfter;

    @Column(nullable = false)
    private long examined;

    @Column(name = "found_complete", nullable = false)
    private long foundComplete;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CompletionCatchUpRecord() {
    }

    boolean pending() {
        return resumeAfter != null;
    }

    String resumeAfter() {
        return resumeAfter;
    }

    void advance(String lastProfileId, int profiles, int complete) {
        resumeAfter = lastProfileId;
        examined += profiles;
        foundComplete += complete;
    }

    void finish(Instant now) {
        resumeAfter = null;
        finishedAt = now;
    }

    long examined() {
        return examined;
    }

    long foundComplete() {
        return foundComplete;
    }
}
