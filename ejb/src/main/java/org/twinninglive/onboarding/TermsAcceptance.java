package org.twinninglive.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One person's acceptance of one version, kept as long as the account is. */
@Entity
@Table(name = "terms_acceptance")
@IdClass(TermsAcceptance.Key.class)
public class TermsAcceptance {

    /** The primary key: a person and a version. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String profileId;
        String version;

        public Key() {
        }

        Key(String profileId, String version) {
            this.profileId = profileId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.profileId, profileId)
                    && Objects.equals(key.version, version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(profileId, version);
        }
    }

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Id
    @Column(length = 40)
    private String version;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected TermsAcceptance() {
    }

    TermsAcceptance(String profileId, String version, Instant acceptedAt) {
        this.profileId = profileId;
        this.version = version;
        this.acceptedAt = acceptedAt;
    }

    public String version() {
        return version;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
