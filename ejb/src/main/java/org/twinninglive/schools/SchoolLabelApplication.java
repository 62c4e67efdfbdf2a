package org.twinninglive.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;
import org.twinninglive.platform.TimeZones;

/**
 * An application for the eTwinning School label (beyond the seed, as today's eTwinning has it)
 * and its decision. A validated teacher whose current school it is applies for the school,
 * declaring that the head of the school agrees (a checkbox: {@code headDeclaration}), with an
 * optional statement; the school must meet the {@link SchoolLabelCriteria} then. One application
 * per school waits at a time, and a school holding a valid label does not apply again. The nss
 * of the school's country approves, or rejects with a reason the applicant reads (an officer who
 * applied for their own school leaves the decision to another officer of the country); an approved
 * label is valid for two school years ({@link SchoolLabelValidity}), dates in the school's
 * country's time zone. Every rule is here, tested without a server.
 */
@Entity
@Table(name = "school_label_application")
public class SchoolLabelApplication {

    /** The longest statement of the applicant, and the longest reason of the reviewer. */
    public static final int LONGEST_STATEMENT = 2000;
    public static final int LONGEST_REASON = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    /** The school's country when applying: whose nss decides. */
    @Column(nullable = false, length = 2)
    private String country;

    /** Null once the applicant's account is erased. */
    @Column(name = "applicant_id", length = 36)
    private String applicantId;

    @Column(name = "head_declaration", nullable = false)
    private boolean headDeclaration;

    @Column(length = 2000)
    private String statement;

    /** The active teachers counted when applying, for the reviewer. */
    @Column(name = "active_teachers", nullable = false)
    private int activeTeachers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SchoolLabelStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reviewer_id", length = 36)
    private String reviewerId;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = 2000)
    private String reason;

    /** The last day of the label, once approved. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    protected SchoolLabelApplication() {
    }

    /**
     * A teacher applies for the school's label: refused when they are not one of its validated
     * teachers (403), without the head's declaration or with too long a statement (400, naming the
     * field), while another application waits ({@code school-label-pending}), while the school holds
     * a valid label ({@code school-label-held}), or when a criterion is not met (409 naming it).
     *
     * @param teachesThere whether the applicant is a validated teacher whose current school it is
     * @param earlier      the school's applications so far
     */
    public static SchoolLabelApplication apply(School school, String applicantId, boolean teachesThere,
                                               Boolean headDeclaration, String statement, SchoolLabelCriteria criteria,
                                               List<SchoolLabelApplication> earlier, Instant now) {
        if (!teachesThere) {
            throw new ForbiddenException("Only the validated teachers whose current school it is apply for the"
                    + " school's eTwinning School label.").shownAs("schoolLabel.teachersOnly");
        }
        if (!Boolean.TRUE.equals(headDeclaration)) {
            throw new InvalidInputException("headDeclaration", "The head of the school agrees to the application:"
                    + " declare it with \"headDeclaration\": true.").shownAs("schoolLabel.headDeclaration");
        }
        String text = Texts.paragraphs(statement, "statement");
        if (text.length() > LONGEST_STATEMENT) {
            throw new InvalidInputException("statement", "statement has at most " + LONGEST_STATEMENT + " characters.")
                    .shownAs("schoolLabel.statement.tooLong", LONGEST_STATEMENT);
        }
        if (earlier.stream().anyMatch(a -> a.status == SchoolLabelStatus.PENDING)) {
            throw new ConflictException("An application for this school's label waits for the decision of the"
                    + " National Support Service.", "school-label-pending").shownAs("schoolLabel.alreadyPending");
        }
        LocalDate today = LocalDate.ofInstant(now, TimeZones.defaultFor(school.country()));
        var held = earlier.stream().filter(a -> a.labelledOn(today)).map(a -> a.validUntil).max(LocalDate::compareTo);
        if (held.isPresent()) {
            throw new ConflictException("The school holds the eTwinning School label until " + held.get() + ".",
                    "school-label-held").shownAs("schoolLabel.alreadyLabelled", held.get().toString());
        }
        criteria.check(school, now);
        var application = new SchoolLabelApplication();
        application.id = UUID.randomUUID().toString();
        application.school = school;
        application.country = school.country();
        application.applicantId = applicantId;
        application.headDeclaration = true;
        application.statement = text.isEmpty() ? null : text;
        application.activeTeachers = (int) Math.min(Integer.MAX_VALUE, criteria.activeTeachers());
        application.status = SchoolLabelStatus.PENDING;
        application.createdAt = now;
        return application;
    }

    /**
     * The nss decides: an approval gives the school the label for two school years from today; a
     * rejection needs its reason, which the applicant reads. Only a pending application is
     * decided, and never by its applicant (403). Returns whether the label was given.
     */
    public boolean decide(String reviewerId, boolean approve, String reason, Instant now) {
        if (reviewerId.equals(applicantId)) {
            throw new ForbiddenException("An officer does not decide their own application; another officer of the"
                    + " country does.").shownAs("schoolLabel.ownApplication");
        }
        if (status != SchoolLabelStatus.PENDING) {
            throw new ConflictException("This application was already " + status.name().toLowerCase(Locale.ROOT) + ".")
                    .shownAs("schoolLabel.alreadyDecided");
        }
        String why = Texts.paragraphs(reason, "reason");
        if (!approve && why.isEmpty()) {
            throw new InvalidInputException("reason", "Say why the label is not given; the applicant will read it.")
                    .shownAs("schoolLabel.reason");
        }
        if (why.length() > LONGEST_REASON) {
            throw new InvalidInputException("reason", "reason has at most " + LONGEST_REASON + " characters.")
                    .shownAs("schoolLabel.reason.tooLong", LONGEST_REASON);
        }
        this.status = approve ? SchoolLabelStatus.APPROVED : SchoolLabelStatus.REJECTED;
        this.reviewerId = reviewerId;
        this.reviewedAt = now;
        this.reason = why.isEmpty() ? null : why;
        if (approve) {
            this.validUntil = SchoolLabelValidity.approvedOn(LocalDate.ofInstant(now, TimeZones.defaultFor(country)))
                    .until();
        }
        return approve;
    }

    /** Whether this application gave the school a label still valid on this day. */
    public boolean labelledOn(LocalDate day) {
        return status == SchoolLabelStatus.APPROVED && validUntil != null && !day.isAfter(validUntil);
    }

    /** The applicant's account is erased: the application stays (the label is the school's), without them or their words. */
    void applicantErased() {
        applicantId = null;
        statement = null;
    }

    void reviewerErased() {
        reviewerId = null;
    }

    public String id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String country() {
        return country;
    }

    public String applicantId() {
        return applicantId;
    }

    public boolean headDeclaration() {
        return headDeclaration;
    }

    public String statement() {
        return statement;
    }

    public int activeTeachers() {
        return activeTeachers;
    }

    public SchoolLabelStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String reviewerId() {
        return reviewerId;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reason() {
        return reason;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
