package org.twinninglive.projects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Texts;

/**
 * A round of the European Prizes (P5), opened by the css: a name, its categories (age groups,
 * themes) and an application period from {@code opensOn} to {@code closesOn}, both days included,
 * as days in UTC (the platform's clock). Within the period a founder or partner of a project
 * holding the European Quality Label applies for it, once a round, in one of its categories
 * ({@link PrizeApplication}); the css then marks one or more winners in each category, among the
 * round's applications in that category. The period bounds the applications, not the choice of
 * winners. A round does not change once opened. Every rule is here or in {@link PrizeApplication},
 * tested without a server.
 */
@Entity
@Table(name = "prize_round")
public class PrizeRound {

    public static final int LONGEST_NAME = 200;
    static final int LONGEST_CATEGORY = 100;
    public static final int MOST_CATEGORIES = 20;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = LONGEST_NAME)
    private String name;

    // a page of rounds reads its categories in one query, not one per round
    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "prize_category", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "category", nullable = false, length = LONGEST_CATEGORY)
    private List<String> categories = new ArrayList<>();

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PrizeRound() {
    }

    /**
     * A new round: a name, one to {@value #MOST_CATEGORIES} distinct categories (accents and case
     * ignored when comparing), and a period that ends on or after the day it begins and not before
     * today; each refusal names its field, and a category's refusal the category too.
     */
    public static PrizeRound open(String name, List<String> categories, LocalDate opensOn, LocalDate closesOn,
                                  Instant now) {
        String named = Texts.line(name, "name");
        if (named.isEmpty()) {
            throw new InvalidInputException("name", "Name the round: name is required.").shownAs("prize.name.required");
        }
        if (named.length() > LONGEST_NAME) {
            throw new InvalidInputException("name", "name has at most " + LONGEST_NAME + " characters.")
                    .shownAs("prize.name.tooLong", LONGEST_NAME);
        }
        var chosen = categoriesOf(categories);
        if (opensOn == null) {
            throw new InvalidInputException("opensOn", "Give the first day of applications: opensOn is required,"
                    + " such as 2027-03-01.").shownAs("prize.opensOn.required");
        }
        if (closesOn == null) {
            throw new InvalidInputException("closesOn", "Give the last day of applications: closesOn is required,"
                    + " such as 2027-03-31.").shownAs("prize.closesOn.required");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidInputException("closesOn", "closesOn (" + closesOn + ") is before opensOn (" + opensOn
                    + ").").shownAs("prize.period.order", opensOn.toString(), closesOn.toString());
        }
        if (closesOn.isBefore(dayOf(now))) {
            throw new InvalidInputException("closesOn", "closesOn (" + closesOn + ") is past: a new round's period"
                    + " ends today (" + dayOf(now) + ", UTC) or later.")
                    .shownAs("prize.period.past", closesOn.toString());
        }
        var round = new PrizeRound();
        round.id = UUID.randomUUID().toString();
        round.name = named;
        round.categories = chosen;
        round.opensOn = opensOn;
        round.closesOn = closesOn;
        round.createdAt = now;
        return round;
    }

    private static List<String> categoriesOf(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException("categories", "Give the round at least one category, such as an age"
                    + " group or a theme.").shownAs("prize.categories.required");
        }
        if (values.size() > MOST_CATEGORIES) {
            throw new InvalidInputException("categories", "A round has at most " + MOST_CATEGORIES + " categories.")
                    .shownAs("prize.categories.tooMany", MOST_CATEGORIES);
        }
        var kept = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (int i = 0; i < values.size(); i++) {
            String field = "categories[" + i + "]";
            String category = Texts.line(values.get(i), field);
            if (category.isEmpty()) {
                throw new InvalidInputException(field, field + " is empty: name every category.")
                        .shownAs("prize.category.required");
            }
            if (category.length() > LONGEST_CATEGORY) {
                throw new InvalidInputException(field, field + " has at most " + LONGEST_CATEGORY + " characters.")
                        .shownAs("prize.category.tooLong", LONGEST_CATEGORY, category);
            }
            if (!seen.add(Texts.folded(category))) {
                throw new InvalidInputException(field, field + " (" + category + ") is already a category of the"
                        + " round.").shownAs("prize.category.duplicate", category);
            }
            kept.add(category);
        }
        return kept;
    }

    /** The day of an instant as the periods count it: in UTC. */
    static LocalDate dayOf(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Before, within or after its period, at this instant. */
    public PrizeRoundStatus statusOn(Instant now) {
        LocalDate today = dayOf(now);
        if (today.isBefore(opensOn)) {
            return PrizeRoundStatus.UPCOMING;
        }
        return today.isAfter(closesOn) ? PrizeRoundStatus.CLOSED : PrizeRoundStatus.OPEN;
    }

    /** Refuses an application outside the period, saying the period's days. */
    void requireOpen(Instant now) {
        switch (statusOn(now)) {
            case UPCOMING -> throw new ConflictException("Applications for the round \"" + name + "\" open on "
                    + opensOn + " and close on " + closesOn + " (days in UTC).", "prize-round-not-open")
                    .shownAs("prize.notOpenYet", opensOn.toString(), closesOn.toString());
            case CLOSED -> throw new ConflictException("Applications for the round \"" + name + "\" closed on "
                    + closesOn + "; they were taken from " + opensOn + " (days in UTC).", "prize-round-closed")
                    .shownAs("prize.closed", opensOn.toString(), closesOn.toString());
            case OPEN -> {
                // within the period
            }
        }
    }

    /**
     * The round's category of that name (accents and case ignored), as the round spells it; any
     * other is refused, naming the round's categories.
     */
    public String categoryNamed(String value) {
        String wanted = Texts.folded(Texts.line(value, "category"));
        return categories.stream().filter(category -> Texts.folded(category).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("category", (wanted.isEmpty() ? "Choose a category"
                        : "The round has no such category") + ": category is one of " + String.join(", ", categories)
                        + ".").shownAs("prize.category.unknown"));
    }

    /**
     * The css marks an application of this round as a winner of its category; when {@code category}
     * is given, it must be the round's and the application's. An application wins once.
     */
    public void markWinner(PrizeApplication application, String category, String by, Instant now) {
        if (!application.round().id().equals(id)) {
            throw new NotFoundException("The application");
        }
        if (category != null && !category.isBlank()) {
            String named = categoryNamed(category);
            if (!named.equals(application.category())) {
                throw new ConflictException("This application is in the category \"" + application.category()
                        + "\", not \"" + named + "\": winners are chosen among the applications of their category.",
                        "prize-other-category").shownAs("prize.winner.otherCategory", application.category(), named);
            }
        }
        application.won(by, now);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> categories() {
        return List.copyOf(categories);
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
