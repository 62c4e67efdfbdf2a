package org.twinninglive.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.TwinningException;

/**
 * Backs prizes/index.xhtml, {@code /prizes/} (P5): the rounds of the European Prizes, the latest
 * period first, paged, each with its categories, its period, where it stands today and its
 * winners; visitors read them too. The css also opens a round here (a refused field is said
 * beside it), reads a round's applications category by category (the first
 * {@value PrizeService#MOST_APPLICATIONS_READ}) and marks the winners. The round's form is a form of
 * its own, so that a wrong day typed there does not hold up reading or paging the rounds.
 */
@Named
@ViewScoped
public class PrizeRoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The categories' box: a refusal of one category ({@code categories[i]}) is said beside it. */
    private static final String CATEGORIES = "round-form:categories";

    /** Where the page says what an action did, focused once it is done. */
    private static final String MESSAGES = "messages";

    @Inject
    CurrentIdentity identity;

    @Inject
    PrizeService prizes;

    private final Pager<PrizeRoundView> rounds = new Pager<>(page -> prizes.rounds(identity.get(), page));
    private String name;
    private String categories;
    private LocalDate opensOn;
    private LocalDate closesOn;
    /** The round whose applications the css reads, with them. */
    private PrizeRoundView selected;
    /** The applications of the round read, by category, oldest first in each: grouped once a reading. */
    private Map<String, List<PrizeApplicationView>> applicationsByCategory = Map.of();

    /** The css opens a round with the categories written one a line; the form is emptied once it is open. */
    public void open() {
        try {
            prizes.open(identity.require(), name, lines(categories), opensOn, closesOn);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "prizes.opened", "prizes.opened.detail");
            name = null;
            categories = null;
            opensOn = null;
            closesOn = null;
            rounds.restart();
            PageMessages.focus(MESSAGES);
        } catch (InvalidInputException wrong) {
            if (wrong.field() != null && wrong.field().startsWith("categories[")) {
                PageMessages.showAtInput(CATEGORIES, wrong);
            } else if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "prizes.notOpened", wrong);
            }
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "prizes.notOpened", refused);
        }
    }

    /** Opens a round's applications, by category (the service gives them to the css only). */
    public void read(String roundId) {
        show(prizes.round(identity.get(), roundId));
        PageMessages.focus("applications-heading");
    }

    public void close() {
        show(null);
    }

    /** The css marks an application of the round read a winner of its category. */
    public void markWinner(String applicationId, String category) {
        if (selected == null) {
            return;
        }
        try {
            show(prizes.markWinner(identity.require(), selected.id(), applicationId, category));
            PageMessages.show(FacesMessage.SEVERITY_INFO, "prizes.winnerMarked", "prizes.winnerMarked.detail");
            PageMessages.focus(MESSAGES);
        } catch (TwinningException refused) {
            // marked by another officer meanwhile, say: the round as it is now
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "prizes.winnerNotMarked", refused);
            show(prizes.round(identity.get(), selected.id()));
        }
    }

    /** The round read (or none), its applications grouped by category once for every drawing. */
    private void show(PrizeRoundView round) {
        selected = round;
        applicationsByCategory = round == null || round.applications() == null ? Map.of()
                : round.applications().stream().collect(Collectors.groupingBy(PrizeApplicationView::category));
    }

    /** The applications of the round read in one of its categories, oldest first. */
    public List<PrizeApplicationView> applicationsIn(String category) {
        return applicationsByCategory.getOrDefault(category, List.of());
    }

    /** Whether the round read shows as many applications as are read at once: it may have more, so the page says so. */
    public boolean isApplicationsCapped() {
        return selected != null && selected.applications() != null
                && selected.applications().size() >= PrizeService.MOST_APPLICATIONS_READ;
    }

    public int getMostApplicationsRead() {
        return PrizeService.MOST_APPLICATIONS_READ;
    }

    /** Whether the reader is the css, who opens rounds and marks winners. */
    public boolean isCss() {
        return identity.get().map(i -> i.roles().contains(Roles.CSS)).orElse(false);
    }

    /** The lines of the categories' box that say something, trimmed; the round refuses the rest. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public int getLongestName() {
        return PrizeRound.LONGEST_NAME;
    }

    public int getMostCategories() {
        return PrizeRound.MOST_CATEGORIES;
    }

    public Pager<PrizeRoundView> getRounds() {
        return rounds;
    }

    public PrizeRoundView getSelected() {
        return selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
