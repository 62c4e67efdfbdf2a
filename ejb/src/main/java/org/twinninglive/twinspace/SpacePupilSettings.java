package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.twinninglive.platform.InvalidInputException;

/**
 * A space's settings for its pupils (T2, T3): which teacher confirmed, before the first pupil,
 * that the school holds the parents' consent, and for how many days after the project closes its
 * pupils may still sign in to read their work.
 */
@Entity
@Table(name = "space_pupil_settings")
public class SpacePupilSettings {

    public static final int DEFAULT_GRACE_DAYS = 14;
    public static final int LONGEST_GRACE_DAYS = 365;

    @Id
    @Column(name = "project_id", length = 36)
    private String projectId;

    @Column(name = "consent_confirmed_by", length = 36)
    private String consentConfirmedBy;

    @Column(name = "consent_confirmed_at", nullable = false)
    private Instant consentConfirmedAt;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Version
    private long version;

    protected SpacePupilSettings() {
    }

    /** A teacher confirms the parents' consent: pupils may be made from then on. */
    static SpacePupilSettings consentConfirmed(String projectId, String by, Instant now) {
        var settings = new SpacePupilSettings();
        settings.projectId = projectId;
        settings.consentConfirmedBy = by;
        settings.consentConfirmedAt = now;
        settings.graceDays = DEFAULT_GRACE_DAYS;
        return settings;
    }

    /** The days pupils may still sign in once the project is closed: 0 (at once) to {@link #LONGEST_GRACE_DAYS}. */
    public void graceDays(Integer days) {
        if (days == null || days < 0 || days > LONGEST_GRACE_DAYS) {
            throw new InvalidInputException("graceDays", "graceDays is a number of days from 0 to "
                    + LONGEST_GRACE_DAYS + ".").shownAs("space.pupils.grace", LONGEST_GRACE_DAYS);
        }
        graceDays = days;
    }

    /**
     * Whether pupils' logins still work: the project is not closed ({@code closedAt} null), or was
     * closed less than {@code graceDays} ago.
     */
    public static boolean loginsWork(Instant closedAt, int graceDays, Instant now) {
        return closedAt == null || now.isBefore(closedAt.plus(Duration.ofDays(graceDays)));
    }

    /** The erased teacher who confirmed is no longer named; the confirmation stays. */
    void forgetConfirmer() {
        consentConfirmedBy = null;
    }

    public String projectId() {
        return projectId;
    }

    public String consentConfirmedBy() {
        return consentConfirmedBy;
    }

    public Instant consentConfirmedAt() {
        return consentConfirmedAt;
    }

    public int graceDays() {
        return graceDays;
    }
}
