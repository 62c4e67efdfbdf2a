package org.twinninglive.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * A project's application for a round of the European Prizes (P5), in one of the round's
 * categories, with an optional summary. A founder or partner applies for the project, within the
 * round's period, when the project holds the European Quality Label, once a round; the css marks
 * it a winner of its category ({@link PrizeRound#markWinner}), and every member of the project may
 * then download the prize's certificate. Tested without a server.
 */
@Entity
@Table(name = "prize_application")
public class PrizeApplication {

    public static final int LONGEST_SUMMARY = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private PrizeRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** Null once the applicant's account is erased. */
    @Column(name = "applicant_id", length = 36)
    private String applicantId;

    /** One of the round's categories, as the round spells it. */
    @Column(nullable = false, length = PrizeRound.LONGEST_CATEGORY)
    private String category;

    @Column(length = LONGEST_SUMMARY)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the css marked it a winner of its category; null for the others. */
    @Column(name = "won_at")
    private Instant wonAt;

    /** The css officer who marked it a winner; null once their account is erased. */
    @Column(name = "awarded_by", length = 36)
    private String awardedBy;

    @Version
    private long version;

    protected PrizeApplication() {
    }

    /**
     * A member applies for the project: refused to anyone else (403), outside the round's period
     * (409, saying its days), for a project without the European Quality Label (409, saying which
     * labels it holds), a second time in a round (409), in a category the round does not have
     * (400 {@code category}) or with a summary over {@value #LONGEST_SUMMARY} characters (400
     * {@code summary}). {@code earlier} are the project's applications, of every round (others are ignored).
     */
    public static PrizeApplication apply(PrizeRound round, Project project, String applicantId, String category,
                                         String summary, List<PrizeApplication> earlier, Instant now) {
        project.member(applicantId).orElseThrow(() -> new ForbiddenException(
                "Only the project's founders and partners apply for the European Prizes.")
                .shownAs("prize.membersOnly"));
        round.requireOpen(now);
        if (!project.holdsLabel(QualityLabelLevel.EUROPEAN, null)) {
            var held = project.labels();
            throw new ConflictException("The European Prizes are for projects holding the European Quality Label;"
                    + " this project holds " + (held.isEmpty() ? "no quality label" : "only " + String.join(", ", held))
                    + ". Apply for the European Quality Label first.", "european-quality-label-missing")
                    .shownAs("prize.europeanLabelMissing");
        }
        if (earlier.stream().anyMatch(a -> a.project.id().equals(project.id())
                && a.round.id().equals(round.id()))) {
            throw new ConflictException("This project has already applied for the round \"" + round.name() + "\".",
                    "prize-already-applied").shownAs("prize.alreadyApplied");
        }
        String chosen = round.categoryNamed(category);
        String text = Texts.paragraphs(summary, "summary");
        if (text.length() > LONGEST_SUMMARY) {
            throw new InvalidInputException("summary", "summary has at most " + LONGEST_SUMMARY + " characters.")
                    .shownAs("prize.summary.tooLong", LONGEST_SUMMARY);
        }
        var application = new PrizeApplication();
        application.id = UUID.randomUUID().toString();
        application.round = round;
        application.project = project;
        application.applicantId = applicantId;
        application.category = chosen;
        application.summary = text.isEmpty() ? null : text;
        application.createdAt = now;
        return application;
    }

    /** Marked a winner of its category ({@link PrizeRound#markWinner}): once. */
    void won(String by, Instant now) {
        if (wonAt != null) {
            throw new ConflictException("This application has already won in the category \"" + category + "\".",
                    "prize-already-won").shownAs("prize.alreadyWon");
        }
        wonAt = now;
        awardedBy = by;
    }

    /** The applicant's account is erased: the application stays (a prize is the project's), without them. */
    void applicantErased() {
        applicantId = null;
    }

    void awarderErased() {
        awardedBy = null;
    }

    public boolean winner() {
        return wonAt != null;
    }

    public String id() {
        return id;
    }

    public PrizeRound round() {
        return round;
    }

    public Project project() {
        return project;
    }

    public String applicantId() {
        return applicantId;
    }

    public String category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant wonAt() {
        return wonAt;
    }

    public String awardedBy() {
        return awardedBy;
    }
}
