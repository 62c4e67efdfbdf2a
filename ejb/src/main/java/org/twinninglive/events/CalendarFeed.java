package org.twinninglive.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A person's private iCalendar feed (E6): its address carries a secret, which calendar
 * applications send instead of a sign-in. The secret is the servers' HMAC of the person and a
 * random nonce ({@link CalendarFeeds}), so the calendar page can show the address again to its
 * owner while the database keeps only the nonce and the secret's SHA-256: whoever reads the
 * database opens no feed. Resetting draws a new nonce, and the old address is nobody's any more.
 */
@Entity
@Table(name = "event_calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "profile_id", length = 36)
    private String profileId;

    @Column(nullable = false, length = 64)
    private String nonce;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String profileId, Instant now, java.util.function.UnaryOperator<String> secretOfNonce) {
        this.profileId = profileId;
        reset(now, secretOfNonce);
    }

    /** A new nonce, so a new secret: the address given before stops working. */
    void reset(Instant now, java.util.function.UnaryOperator<String> secretOfNonce) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secretHash = hash(secretOfNonce.apply(nonce));
        createdAt = now;
    }

    /** The SHA-256 of a secret, as the table keeps it (base64url). */
    static String hash(String secret) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", unavailable);
        }
    }

    /** Whether a text could be a secret at all (43 characters of base64url): anything else is looked up nowhere. */
    static boolean couldBe(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{43}");
    }

    public String profileId() {
        return profileId;
    }

    public String nonce() {
        return nonce;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
