package org.twinninglive.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail waiting to leave, or sent (N4). Written in the transaction of the action that
 * caused it, so that it exists exactly when the action does; the text is rendered then, in
 * the recipient's language. A sender claims it for a while, sends it, and marks it sent; a
 * failure sets the next attempt further away each time.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** The first retry's delay unless configured ({@code TWINNING_MAIL_FIRST_RETRY}; the tests shorten it). */
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recipient_id", length = 36)
    private String recipientId;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 36)
    private String claim;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String recipientId, String address, String kind, String language, String subject, String body,
               String unsubscribeUrl, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.recipientId = recipientId;
        this.address = address;
        this.kind = kind;
        this.language = language;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
        this.body = body.length() <= 20000 ? body : body.substring(0, 19999) + "…";
        this.unsubscribeUrl = unsubscribeUrl;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The delay before attempt {@code n + 1} after {@code n} failures: first, twice that, four times … at most an hour. */
    static Duration backOff(int failures, Duration first) {
        long seconds = Math.max(1, first.toSeconds()) << Math.min(Math.max(failures - 1, 0), 16);
        return seconds >= LONGEST_RETRY.toSeconds() ? LONGEST_RETRY : Duration.ofSeconds(seconds);
    }

    /** Whether this row is still held by that claim. */
    boolean claimedBy(String token, Instant now) {
        return token.equals(claim) && claimedUntil != null && claimedUntil.isAfter(now);
    }

    void sent(Instant at) {
        sentAt = at;
        claim = null;
        claimedUntil = null;
        lastError = null;
    }

    void failed(Instant at, String error, Duration firstRetry) {
        attempts++;
        nextAttemptAt = at.plus(backOff(attempts, firstRetry));
        claim = null;
        claimedUntil = null;
        lastError = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
    }

    public String id() {
        return id;
    }

    String recipientId() {
        return recipientId;
    }

    String address() {
        return address;
    }

    String kind() {
        return kind;
    }

    String language() {
        return language;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    Instant createdAt() {
        return createdAt;
    }

    int attempts() {
        return attempts;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
