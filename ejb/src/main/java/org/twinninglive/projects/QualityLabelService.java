package org.twinninglive.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * Quality labels (P5): members apply, the nss of the applicant's country reviews national
 * applications and the css European ones. A reviewer sees only the applications that are theirs
 * to decide; to anyone else they do not exist. The rules are {@link QualityLabelApplication}'s.
 */
@Stateless
@PermitAll
public class QualityLabelService {

    private static final Logger LOG = Logger.getLogger(QualityLabelService.class.getName());

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
    Event<QualityLabelRequested> requested;

    @Inject
    Event<QualityLabelDecided> decided;

    /** A member applies for a label of the project, with a text for each criterion. */
    public QualityLabelView apply(SignedInIdentity identity, String projectId, QualityLabelLevel level,
                                  Map<QualityCriterion, String> answers) {
        var me = callers.of(identity);
        var project = access.visible(viewers.of(identity), projects.forUpdate(projectId));
        var application = QualityLabelApplication.apply(project, me.id(), level, answers,
                projects.applicationsOf(List.of(project.id())), clock.instant());
        projects.add(application);
        requested.fire(new QualityLabelRequested(application.id(), project.id(), me.id(), level, application.country(),
                project.title()));
        LOG.info(() -> "Quality label %s applied for by %s for project %s".formatted(level, me.id(), project.id()));
        return views(List.of(application)).get(0);
    }

    /** The project's applications, for its members (anyone else: none). */
    public List<QualityLabelView> ofProject(SignedInIdentity identity, String projectId) {
        var me = callers.of(identity);
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        if (project.member(me.id()).isEmpty()) {
            return List.of();
        }
        return views(projects.applicationsOf(List.of(project.id())));
    }

    /**
     * The applications the caller reviews in this status, the longest waiting first: national ones
     * of their country for an nss officer, European ones for the css; 403 for anyone else.
     */
    public Page<QualityLabelView> queue(SignedInIdentity identity, ApprovalStatus status, PageRequest page) {
        callers.requireCaller(identity);
        var level = levelReviewedBy(identity);
        String country = level == QualityLabelLevel.NATIONAL ? countryOf(identity) : null;
        return Page.of(views(projects.applications(level, country, status, page)), page,
                projects.countApplications(level, country, status));
    }

    /** The reviewer's scores, comments and decision; an application not theirs to decide is "not found". */
    public QualityLabelView review(SignedInIdentity identity, String applicationId, boolean approve,
                                   Map<QualityCriterion, Integer> scores, Map<QualityCriterion, String> comments,
                                   String reason) {
        var me = callers.of(identity);
        var level = levelReviewedBy(identity);
        String country = level == QualityLabelLevel.NATIONAL ? countryOf(identity) : null;
        var application = projects.application(applicationId)
                .filter(a -> a.level() == level && Objects.equals(a.country(), country))
                .orElseThrow(() -> new NotFoundException("The label application"));
        // the project changes when the label is given: its row is locked, then the application read again
        projects.forUpdate(application.project().id());
        projects.refresh(application);
        boolean awarded = application.review(me.id(), approve, scores, comments, reason, clock.instant());
        var project = application.project();
        decided.fire(new QualityLabelDecided(application.id(), project.id(), application.applicantId(), level,
                application.country(), awarded, awarded ? holders(project, level, application.country()) : List.of(),
                application.reason(), project.title()));
        LOG.info(() -> "%s %s label application %s".formatted(identity.username(), awarded ? "approved" : "rejected",
                application.id()));
        return views(List.of(application)).get(0);
    }

    /** The members a label of the project is theirs: those who joined from its country, or all for the European one. */
    public static List<String> holders(Project project, QualityLabelLevel level, String country) {
        return project.members().stream()
                .filter(m -> level == QualityLabelLevel.EUROPEAN || Objects.equals(m.country(), country))
                .map(ProjectMember::profileId).toList();
    }

    private QualityLabelLevel levelReviewedBy(SignedInIdentity identity) {
        if (identity.roles().contains(Roles.CSS)) {
            return QualityLabelLevel.EUROPEAN;
        }
        if (identity.roles().contains(Roles.NSS)) {
            return QualityLabelLevel.NATIONAL;
        }
        throw new ForbiddenException("Quality labels are reviewed by the support services.").shownAs("label.reviewersOnly");
    }

    private static String countryOf(SignedInIdentity officer) {
        if (officer.country() == null) {
            throw new ForbiddenException("Your account has no country; ask the Central Support Service to set it.")
                    .shownAs("validation.noCountry");
        }
        return officer.country();
    }

    /** Applications as views, the applicants' names read in one query (they showed themselves by applying). */
    private List<QualityLabelView> views(List<QualityLabelApplication> applications) {
        var ids = applications.stream().map(QualityLabelApplication::applicantId).filter(Objects::nonNull).distinct()
                .toList();
        Map<String, String> names = ids.isEmpty() ? Map.of() : related.names(ids);
        return applications.stream().map(a -> new QualityLabelView(a.id(), a.project().id(), a.project().title(),
                a.level().name(), a.country(), a.applicantId(), a.applicantId() == null ? null : names.get(a.applicantId()),
                a.status().name(), a.criteria().stream().map(c -> new QualityLabelView.Criterion(c.criterion().key(),
                        c.answer(), c.score(), c.comment())).toList(), a.total(), a.reason(), a.createdAt(),
                a.reviewedAt())).toList();
    }

}
