package org.twinninglive.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A person's standing with the mailer: the secret of their unsubscribe links (a link works
 * without signing in, so it is a long random token, never the profile id) and the moment the
 * next digest starts from.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "digest_since", nullable = false)
    private Instant digestSince;

    protected MailSettings() {
    }

    MailSettings(String profileId, Instant now) {
        this.profileId = profileId;
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        this.unsubscribeToken = HexFormat.of().formatHex(secret);
        this.digestSince = now;
    }

    String profileId() {
        return profileId;
    }

    String unsubscribeToken() {
        return unsubscribeToken;
    }

    Instant digestSince() {
        return digestSince;
    }

    void digestSent(Instant until) {
        this.digestSince = until;
    }
}
