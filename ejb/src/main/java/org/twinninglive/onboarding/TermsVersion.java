package org.twinninglive.onboarding;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of the terms of use and privacy notice; the latest published is in force. */
@Entity
@Table(name = "terms_version")
@Cacheable
public class TermsVersion {

    @Id
    @Column(length = 40)
    private String version;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(length = 1000)
    private String summary;

    /** When the css withdrew it (published by mistake): never in force again; its acceptances stay on record. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected TermsVersion() {
    }

    TermsVersion(String version, Instant publishedAt, String summary) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.summary = summary;
    }

    public String version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String summary() {
        return summary;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    void withdraw(Instant at) {
        withdrawnAt = at;
    }
}
