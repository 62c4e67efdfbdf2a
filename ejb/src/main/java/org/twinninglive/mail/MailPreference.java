package org.twinninglive.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's choice for one kind of mail, other than the default (immediately). */
@Entity
@Table(name = "mail_preference")
@IdClass(MailPreference.Key.class)
public class MailPreference {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String profileId;
        String kind;

        public Key() {
        }

        Key(String profileId, String kind) {
            this.profileId = profileId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.profileId.equals(profileId) && key.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(profileId, kind);
        }
    }

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Id
    @Column(length = 40)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailMode mode;

    protected MailPreference() {
    }

    MailPreference(String profileId, String kind, MailMode mode) {
        this.profileId = profileId;
        this.kind = kind;
        this.mode = mode;
    }

    String profileId() {
        return profileId;
    }

    String kind() {
        return kind;
    }

    MailMode mode() {
        return mode;
    }

    void choose(MailMode mode) {
        this.mode = mode;
    }
}
