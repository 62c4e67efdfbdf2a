package org.twinninglive.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A person's private iCalendar feed (E6): its address carries a secret of 256 random bits, which
 * calendar applications send instead of a sign-in. The secret is kept as it is (not a hash) so that
 * the calendar page can show the address again to its owner; resetting it draws a new one, and the
 * old address is nobody's any more.
 */
@Entity
@Table(name = "event_calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String profileId, Instant now) {
        this.profileId = profileId;
        reset(now);
    }

    /** A new secret: the address given before stops working. */
    void reset(Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        createdAt = now;
    }

    /** Whether a text could be a secret at all (43 characters of base64url): anything else is looked up nowhere. */
    static boolean couldBe(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{43}");
    }

    public String profileId() {
        return profileId;
    }

    public String secret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
