package org.twinninglive.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/**
 * The projects feature's part of an export and of an erasure (U5): the projects a person is a
 * member of, with their role and school, and the invitations they sent or received. On erasure
 * they leave every project as {@link Project#memberErased} says: a project keeps a founder or closes.
 */
@ApplicationScoped
public class ProjectsPersonalData {

    /** A membership, as the export shows it. */
    public record Membership(String projectId, String title, String role, String school, String country,
                             Instant joinedAt) implements Serializable {
    }

    /** An invitation, as the export shows it. */
    public record Invitation(String id, String projectId, String inviterId, String inviteeId, String role,
                             String status, Instant createdAt, Instant decidedAt) implements Serializable {
    }

    @Inject
    ProjectRepository projects;

    @Inject
    Clock clock;

    @Inject
    Event<ProjectApproved> approved;

    void export(@Observes PersonalDataRequested request) {
        String id = request.profileId();
        request.add("projects", projects.allOf(id).stream()
                .map(p -> p.member(id).map(m -> new Membership(p.id(), p.title(), m.role().name(), m.schoolName(),
                        m.country(), m.joinedAt())).orElseThrow())
                .toList());
        request.add("projectInvitations", projects.invitationsOf(id).stream()
                .map(i -> new Invitation(i.id(), i.projectId(), i.inviterId(), i.inviteeId(), i.role().name(),
                        i.status().name(), i.createdAt(), i.decidedAt()))
                .toList());
    }

    /** Each project the person is in or was invited to, row-locked in id order as every change of a project is. */
    void erase(@Observes AccountErasing erasing) {
        String id = erasing.profileId();
        var touched = new TreeSet<String>();
        projects.allOf(id).forEach(p -> touched.add(p.id()));
        projects.invitingOrInvitedBy(id).forEach(p -> touched.add(p.id()));
        var now = clock.instant();
        for (String projectId : touched) {
            var project = projects.forUpdate(projectId).orElseThrow();
            if (project.memberErased(id, now)) {
                approved.fire(new ProjectApproved(project.id(),
                        project.founders().stream().map(ProjectMember::profileId).toList(), project.title()));
            }
        }
    }
}
