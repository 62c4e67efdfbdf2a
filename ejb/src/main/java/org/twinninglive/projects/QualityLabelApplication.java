package org.twinninglive.projects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * An application for a quality label (P5) and its review. A founder or partner of an open or
 * closed project applies, once per level: for the National Quality Label of the country they
 * joined from, reviewed by that country's nss; or, when the project holds National Quality Labels
 * in two or more countries, for the European Quality Label, reviewed by the css. The reviewer
 * scores each of the five criteria from 0 to 5 with a comment and approves or rejects (with a
 * reason); an approval gives the project the label. Every rule is here, tested without a server.
 */
@Entity
@Table(name = "quality_label_application")
public class QualityLabelApplication {

    /** The longest answer to a criterion, and the longest comment or reason. */
    public static final int LONGEST_ANSWER = 5000;
    static final int LONGEST_COMMENT = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** Null once the applicant's account is erased. */
    @Column(name = "applicant_id", length = 36)
    private String applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QualityLabelLevel level;

    /** The country of a national label (the applicant's when they joined); null for the European one. */
    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApprovalStatus status;

    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "quality_label_criterion", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<CriterionAnswer> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reviewer_id", length = 36)
    private String reviewerId;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = 2000)
    private String reason;

    @Version
    private long version;

    protected QualityLabelApplication() {
    }

    /**
     * A member applies for a label of this level: refused when the project is not approved (open
     * or closed), the applicant is no member, already applied at this level, the project already
     * holds that label, or (European) it does not hold national labels in two countries yet; each
     * of the five criteria needs its text ({@code criteria.<key>}).
     */
    public static QualityLabelApplication apply(Project project, String applicantId, QualityLabelLevel level,
                                                Map<QualityCriterion, String> answers,
                                                List<QualityLabelApplication> earlier, Instant now) {
        var member = project.member(applicantId).orElseThrow(() -> new ForbiddenException(
                "Only the project's founders and partners apply for its quality labels.").shownAs("label.membersOnly"));
        if (!project.status().isPublic()) {
            throw new ConflictException("A project applies for quality labels once it is approved (open or closed).")
                    .shownAs("label.notApproved");
        }
        String country = level == QualityLabelLevel.NATIONAL ? member.country() : null;
        if (earlier.stream().anyMatch(a -> applicantId.equals(a.applicantId) && a.level == level)) {
            throw new ConflictException("You have already applied for this label for this project.")
                    .shownAs("label.alreadyApplied");
        }
        if (project.holdsLabel(level, country)) {
            throw new ConflictException("The project already holds this label.").shownAs("label.alreadyHeld");
        }
        if (earlier.stream().anyMatch(a -> a.level == level && java.util.Objects.equals(a.country, country)
                && a.status == ApprovalStatus.PENDING)) {
            throw new ConflictException("Another member's application for this label waits for its review.")
                    .shownAs("label.alreadyPending");
        }
        var held = project.nationalLabelCountries();
        if (level == QualityLabelLevel.EUROPEAN && held.size() < 2) {
            throw new ConflictException("The European Quality Label is for projects holding National Quality Labels"
                    + " in two or more countries; this one holds " + (held.isEmpty() ? "none" : String.join(", ", held))
                    + ".").shownAs("label.european.notEligible", held.size());
        }
        var application = new QualityLabelApplication();
        application.id = UUID.randomUUID().toString();
        application.project = project;
        application.applicantId = applicantId;
        application.level = level;
        application.country = country;
        application.status = ApprovalStatus.PENDING;
        application.createdAt = now;
        for (QualityCriterion criterion : QualityCriterion.values()) {
            String field = "criteria." + criterion.key();
            String text = Texts.paragraphs(answers == null ? null : answers.get(criterion), field);
            if (text.isEmpty()) {
                throw new InvalidInputException(field, "Describe this criterion: " + field + " is required.")
                        .shownAs("label.criterion.required");
            }
            if (text.length() > LONGEST_ANSWER) {
                throw new InvalidInputException(field, field + " has at most " + LONGEST_ANSWER + " characters.")
                        .shownAs("label.criterion.tooLong", LONGEST_ANSWER);
            }
            application.criteria.add(new CriterionAnswer(criterion, text));
        }
        return application;
    }

    /**
     * The reviewer's decision: a score from 0 to 5 for every criterion ({@code scores.<key>}),
     * comments optional; a rejection needs its reason, which the applicant reads. Returns whether
     * the label was given (the project now holds it). Only a pending application is reviewed.
     */
    public boolean review(String reviewerId, boolean approve, Map<QualityCriterion, Integer> scores,
                          Map<QualityCriterion, String> comments, String reason, Instant now) {
        if (status != ApprovalStatus.PENDING) {
            throw new ConflictException("This application was already " + status.name().toLowerCase() + ".")
                    .shownAs("label.alreadyReviewed");
        }
        var checked = new EnumMap<QualityCriterion, Integer>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            Integer score = scores == null ? null : scores.get(criterion);
            if (score == null || score < 0 || score > QualityCriterion.TOP_SCORE) {
                throw new InvalidInputException("scores." + criterion.key(), "Score every criterion from 0 to "
                        + QualityCriterion.TOP_SCORE + ": scores." + criterion.key() + " is missing or out of range.")
                        .shownAs("label.score", QualityCriterion.TOP_SCORE);
            }
            checked.put(criterion, score);
        }
        var said = new EnumMap<QualityCriterion, String>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            String field = "comments." + criterion.key();
            String comment = Texts.paragraphs(comments == null ? null : comments.get(criterion), field);
            if (comment.length() > LONGEST_COMMENT) {
                throw new InvalidInputException(field, field + " has at most " + LONGEST_COMMENT + " characters.")
                        .shownAs("label.comment.tooLong", LONGEST_COMMENT);
            }
            said.put(criterion, comment.isEmpty() ? null : comment);
        }
        if (approve && project.holdsLabel(level, country)) {
            throw new ConflictException("The project already holds this label.").shownAs("label.alreadyHeld");
        }
        String why = Texts.paragraphs(reason, "reason");
        if (!approve && why.isEmpty()) {
            throw new InvalidInputException("reason", "Say why the label is not given; the applicant will read it.")
                    .shownAs("label.reason");
        }
        if (why.length() > LONGEST_COMMENT) {
            throw new InvalidInputException("reason", "reason has at most " + LONGEST_COMMENT + " characters.")
                    .shownAs("label.comment.tooLong", LONGEST_COMMENT);
        }
        criteria.forEach(answer -> answer.scored(checked.get(answer.criterion()), said.get(answer.criterion())));
        this.status = approve ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
        this.reviewerId = reviewerId;
        this.reviewedAt = now;
        this.reason = why.isEmpty() ? null : why;
        if (approve) {
            project.awardLabel(level, country, now);
        }
        return approve;
    }

    /** The sum of the scores once reviewed (0–25), else null. */
    public Integer total() {
        return status == ApprovalStatus.PENDING ? null
                : criteria.stream().mapToInt(answer -> answer.score() == null ? 0 : answer.score()).sum();
    }

    /** The applicant's account is erased: the application stays, without them. */
    void applicantErased() {
        applicantId = null;
    }

    void reviewerErased() {
        reviewerId = null;
    }

    public String id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String applicantId() {
        return applicantId;
    }

    public QualityLabelLevel level() {
        return level;
    }

    public String country() {
        return country;
    }

    public ApprovalStatus status() {
        return status;
    }

    public List<CriterionAnswer> criteria() {
        return List.copyOf(criteria);
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
}
