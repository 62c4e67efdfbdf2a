package org.twinninglive.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account that took (or put off) its first steps: it is not sent to them again. */
@Entity
@Table(name = "onboarding")
public class FirstSteps {

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected FirstSteps() {
    }

    FirstSteps(String profileId, Instant finishedAt) {
        this.profileId = profileId;
        this.finishedAt = finishedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
