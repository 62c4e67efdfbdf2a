package org.twinninglive.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs projects/prize.xhtml, {@code /projects/prize?id=} (P5): a member of an approved project
 * reads the project's applications for the European Prizes, won or not, and, once the project
 * holds the European Quality Label, applies in a category of a round taking applications today;
 * what the service refuses (outside the period, already applied, a wrong summary) is said on the
 * page. Anyone else: not found.
 */
@Named
@ViewScoped
public class ProjectPrizeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category of a round open today, as the form offers it: {@code key} is the option's value. */
    public record Choice(String key, String roundId, String roundName, String category) implements Serializable {
    }

    @Inject
    CurrentIdentity identity;

    @Inject
    ProjectService projects;

    @Inject
    PrizeService prizes;

    private String id;
    private ProjectView project;
    private List<PrizeApplicationView> applications = List.of();
    private List<Choice> choices = List.of();
    private String choice;
    private String summary;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            refresh();
            if (!ProjectStatus.valueOf(project.status()).isPublic()) {
                throw new NotFoundException("The project's prize applications");
            }
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Sends the application in the round and category chosen; the summary typed is kept when it is refused. */
    public void apply() {
        var chosen = choices.stream().filter(c -> c.key().equals(choice)).findFirst().orElse(null);
        if (chosen == null) {
            PageMessages.showAtInput("prize-form:category", new InvalidInputException("category",
                    "Choose a round and one of its categories.").shownAs("prize.category.unknown"));
            return;
        }
        try {
            prizes.apply(identity.require(), chosen.roundId(), id, chosen.category(), summary);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "prizes.applied", "prizes.applied.detail");
            PageMessages.focus("prize-form:messages");
            choice = null;
            summary = null;
            refresh();
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "prizes.notApplied", wrong);
            }
        } catch (TwinningException refused) {
            // another member applied or the round closed meanwhile, say: the project as it is now, the summary kept
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "prizes.notApplied", refused);
            refresh();
        }
    }

    /**
     * The project and its applications (404 to anyone but its members), and the categories it may
     * apply in: those of the rounds open today it has not applied for. The service still decides.
     */
    private void refresh() {
        project = projects.view(identity.get(), id);
        applications = prizes.ofProject(identity.require(), id);
        Set<String> applied = applications.stream().map(PrizeApplicationView::roundId).collect(Collectors.toSet());
        choices = prizes.roundsOpenToday(identity.get()).stream().filter(round -> !applied.contains(round.id()))
                .flatMap(round -> IntStream.range(0, round.categories().size()).mapToObj(i -> new Choice(
                        round.id() + "/" + i, round.id(), round.name(), round.categories().get(i))))
                .toList();
    }

    /**
     * Whether the project holds the European Quality Label, without which the service refuses every
     * application: the form is offered only then.
     */
    public boolean isEuropeanLabelled() {
        return project.labels().contains(QualityLabelLevel.EUROPEAN.name());
    }

    public int getLongestSummary() {
        return PrizeApplication.LONGEST_SUMMARY;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<PrizeApplicationView> getApplications() {
        return applications;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
