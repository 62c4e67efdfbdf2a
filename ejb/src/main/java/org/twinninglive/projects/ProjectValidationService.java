package org.twinninglive.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.ValidationService.Decision;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Texts;

/**
 * The National Support Service's decisions on new projects (P4): each officer sees and decides
 * only their own country's part of a project; a project that does not wait for their country is
 * not in their queue, and deciding it is "not found".
 */
@Stateless
@RolesAllowed(Roles.NSS)
public class ProjectValidationService {

    private static final Logger LOG = Logger.getLogger(ProjectValidationService.class.getName());

    @Inject
    CallerProfile callers;

    @Inject
    Viewers viewers;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAssembler assembler;

    @Inject
    Clock clock;

    @Inject
    Event<ProjectApproved> approved;

    @Inject
    Event<ProjectRejected> rejected;

    /** The projects waiting for the officer's country, the longest waiting first. */
    public Page<ProjectView> queue(SignedInIdentity officer, PageRequest page) {
        String country = countryOf(officer);
        var viewer = viewers.of(officer);
        return Page.of(assembler.views(viewer, projects.awaiting(country, page)), page, projects.countAwaiting(country));
    }

    public ProjectView decide(SignedInIdentity officer, String projectId, Decision decision, String reason) {
        String country = countryOf(officer);
        if (decision == null) {
            throw new InvalidInputException("decision", "decision is required: APPROVE or REJECT.")
                    .shownAs("validation.decision");
        }
        String why = Texts.paragraphs(reason, "reason");
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "reason has at most 500 characters.")
                    .shownAs("validation.reason.tooLong");
        }
        var project = projects.forUpdate(projectId).filter(p -> p.awaits(country))
                .orElseThrow(() -> new NotFoundException("The project awaiting your decision"));
        var me = callers.of(officer);
        boolean opened = project.decide(country, decision == Decision.APPROVE ? ApprovalStatus.APPROVED
                : ApprovalStatus.REJECTED, me.id(), why.isEmpty() ? null : why, clock.instant());
        var founders = project.founders().stream().map(ProjectMember::profileId).toList();
        if (opened) {
            approved.fire(new ProjectApproved(project.id(), founders, project.title()));
        } else if (project.status() == ProjectStatus.REJECTED) {
            rejected.fire(new ProjectRejected(project.id(), founders, why, project.title()));
        }
        LOG.info(() -> "nss %s (%s): %s project %s".formatted(officer.username(), country, decision, project.id()));
        return assembler.view(viewers.of(officer), project);
    }

    private String countryOf(SignedInIdentity officer) {
        callers.requireCaller(officer);
        if (officer.country() == null) {
            throw new ForbiddenException("Your account has no country; ask the Central Support Service to set it.")
                    .shownAs("validation.noCountry");
        }
        return officer.country();
    }
}
