package org.twinninglive.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The daily summary of someone who chose one (N4): the moment the next digest starts from. */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(name = "digest_since", nullable = false)
    private Instant digestSince;

    protected MailSettings() {
    }

    MailSettings(String profileId, Instant now) {
        this.profileId = profileId;
        this.digestSince = now;
    }

    String profileId() {
        return profileId;
    }

    Instant digestSince() {
        return digestSince;
    }

    void digestSent(Instant until) {
        this.digestSince = until;
    }
}
