package org.twinninglive.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;

/**
 * The European Prizes (P5): the css opens rounds and marks their winners; members of projects
 * holding the European Quality Label apply. Rounds and their winners are public, visitors
 * included; a round's applications are the css's to read. The rules are {@link PrizeRound}'s and
 * {@link PrizeApplication}'s.
 */
@Stateless
@PermitAll
public class PrizeService {

    /** The most applications of a round the css reads at once, the oldest: reading a round stays a bounded query. */
    public static final int MOST_APPLICATIONS_READ = 500;

    private static final Logger LOG = Logger.getLogger(PrizeService.class.getName());

    @Inject
    CallerProfile callers;

    @Inject
    Viewers viewers;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    RelatedPeople related;

    @Inject
    Clock clock;

    @Inject
    Event<PrizeApplied> applied;

    @Inject
    Event<PrizeWon> won;

    /** The css opens a round; anyone else is refused (403). */
    public PrizeRoundView open(SignedInIdentity identity, String name, List<String> categories, LocalDate opensOn,
                               LocalDate closesOn) {
        requireCss(identity);
        var round = PrizeRound.open(name, categories, opensOn, closesOn, clock.instant());
        projects.add(round);
        LOG.info(() -> "%s opened prize round %s".formatted(identity.username(), round.id()));
        return view(viewers.of(identity), round, List.of(), List.of());
    }

    /** A page of the rounds, the latest period first, each with its winners (without applications). */
    public Page<PrizeRoundView> rounds(Optional<SignedInIdentity> identity, PageRequest page) {
        return Page.of(withWinners(viewers.of(identity), projects.prizeRounds(page)), page,
                projects.countPrizeRounds());
    }

    /** The rounds taking applications today, the first to close first, each with its winners (without applications). */
    public List<PrizeRoundView> roundsOpenToday(Optional<SignedInIdentity> identity) {
        return withWinners(viewers.of(identity), projects.prizeRoundsOpenOn(PrizeRound.dayOf(clock.instant())));
    }

    /** One round with its winners and, for the css, its first {@value #MOST_APPLICATIONS_READ} applications. */
    public PrizeRoundView round(Optional<SignedInIdentity> identity, String roundId) {
        var viewer = viewers.of(identity);
        var round = projects.prizeRound(roundId).orElseThrow(() -> new NotFoundException("The prize round"));
        var applications = viewer.hasRole(Roles.CSS) ? applicationViews(byCategory(round,
                projects.prizeApplicationsIn(round.id(), MOST_APPLICATIONS_READ))) : null;
        return view(viewer, round, projects.prizeWinnersOf(List.of(round.id())), applications);
    }

    /** Whether the project has won a European Prize (its members then have a prize certificate); one not visible is not found. */
    public boolean hasWon(Optional<SignedInIdentity> identity, String projectId) {
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        return !projects.prizesWonBy(project.id()).isEmpty();
    }

    /**
     * The project's applications, of every round, oldest first, for its founders and partners; to
     * anyone else they do not exist (404), as the project itself to whoever may not see it.
     */
    public List<PrizeApplicationView> ofProject(SignedInIdentity identity, String projectId) {
        var me = callers.of(identity);
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        if (project.member(me.id()).isEmpty()) {
            throw new NotFoundException("The project's prize applications");
        }
        return applicationViews(projects.prizeApplicationsOf(project.id()));
    }

    /** A founder or partner applies for the project in a category of the round. */
    public PrizeApplicationView apply(SignedInIdentity identity, String roundId, String projectId, String category,
                                      String summary) {
        var me = callers.of(identity);
        var round = projects.prizeRound(roundId).orElseThrow(() -> new NotFoundException("The prize round"));
        // the project's row locked: two members applying at once make one application
        var project = access.visible(viewers.of(identity), projects.forUpdate(projectId));
        var application = PrizeApplication.apply(round, project, me.id(), category, summary,
                projects.prizeApplicationsOf(project.id()), clock.instant());
        projects.add(application);
        applied.fire(new PrizeApplied(application.id(), round.id(), project.id(), me.id(), application.category(),
                project.title()));
        LOG.info(() -> "Prize round %s applied for by %s for project %s".formatted(round.id(), me.id(), project.id()));
        return applicationViews(List.of(application)).get(0);
    }

    /**
     * The css marks one of the round's applications a winner of its category ({@code category},
     * when given, must be it); an application of another round is not found.
     */
    public PrizeRoundView markWinner(SignedInIdentity identity, String roundId, String applicationId, String category) {
        requireCss(identity);
        var me = callers.of(identity);
        var round = projects.prizeRound(roundId).orElseThrow(() -> new NotFoundException("The prize round"));
        var application = projects.prizeApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("The application"));
        // as every change of a project's applications: its row locked, then the application read again
        projects.forUpdate(application.project().id());
        projects.refresh(application);
        round.markWinner(application, category, me.id(), clock.instant());
        var project = application.project();
        won.fire(new PrizeWon(application.id(), round.id(), round.name(), application.category(), project.id(),
                application.applicantId(), project.members().stream().map(ProjectMember::profileId).toList(),
                project.title()));
        LOG.info(() -> "%s marked prize application %s a winner of round %s".formatted(identity.username(),
                application.id(), round.id()));
        return round(Optional.of(identity), round.id());
    }

    private void requireCss(SignedInIdentity identity) {
        callers.requireCaller(identity);
        if (!identity.roles().contains(Roles.CSS)) {
            throw new ForbiddenException("Prize rounds and their winners are the Central Support Service's to decide.")
                    .shownAs("prize.cssOnly");
        }
    }

    /** The rounds as the viewer sees them, each with its winners, read in one query. */
    private List<PrizeRoundView> withWinners(Viewer viewer, List<PrizeRound> rounds) {
        var winners = projects.prizeWinnersOf(rounds.stream().map(PrizeRound::id).toList());
        return rounds.stream().map(round -> view(viewer, round, winners.stream()
                .filter(a -> a.round().id().equals(round.id())).toList(), null)).toList();
    }

    /** The round as the viewer sees it: its winners in the order of its categories, each project if they may see it. */
    private PrizeRoundView view(Viewer viewer, PrizeRound round, List<PrizeApplication> winners,
                                List<PrizeApplicationView> applications) {
        var shown = byCategory(round, winners).stream().filter(a -> access.canSee(viewer, a.project()))
                .map(a -> new PrizeRoundView.Winner(a.category(), a.id(), a.project().id(), a.project().title(),
                        a.wonAt()))
                .toList();
        return new PrizeRoundView(round.id(), round.name(), round.categories(), round.opensOn(), round.closesOn(),
                round.statusOn(clock.instant()).name(), shown, applications, round.createdAt());
    }

    /** In the order of the round's categories, keeping the order within each. */
    private static List<PrizeApplication> byCategory(PrizeRound round, List<PrizeApplication> applications) {
        var categories = round.categories();
        return applications.stream().sorted(Comparator.comparingInt(a -> categories.indexOf(a.category()))).toList();
    }

    /** Applications as views, the applicants' names read in one query (they showed themselves by applying). */
    private List<PrizeApplicationView> applicationViews(List<PrizeApplication> applications) {
        var ids = applications.stream().map(PrizeApplication::applicantId).filter(Objects::nonNull).distinct()
                .toList();
        Map<String, String> names = ids.isEmpty() ? Map.of() : related.names(ids);
        return applications.stream().map(a -> new PrizeApplicationView(a.id(), a.round().id(), a.round().name(),
                a.project().id(), a.project().title(), a.category(), a.summary(), a.applicantId(),
                a.applicantId() == null ? null : names.get(a.applicantId()), a.winner(), a.createdAt(), a.wonAt()))
                .toList();
    }
}
