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
 * member of, with their role and school, the invitations they sent or received, the quality
 * label applications they made (with their texts) or reviewed, and the European Prize applications
 * they made (with their summaries) or marked winners. On erasure they leave every project as
 * {@link Project#memberErased} says: a project keeps a founder or closes; the applications stay without them.
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

    /** A quality label application the person made or reviewed, as the export shows it. */
    public record LabelApplication(String id, String projectId, String level, String country, String status,
                                   boolean applicant, boolean reviewer, java.util.Map<String, String> criteria,
                                   Instant createdAt, Instant reviewedAt) implements Serializable {
    }

    /** A European Prize application the person made or marked a winner, as the export shows it. */
    public record PrizeApplicationRecord(String id, String roundId, String round, String projectId, String category,
                                         String summary, boolean applicant, boolean awarder, boolean winner,
                                         Instant createdAt, Instant wonAt) implements Serializable {
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
        request.add("qualityLabelApplications", projects.applicationsInvolving(id).stream()
                .map(a -> {
                    boolean applicant = id.equals(a.applicantId());
                    var criteria = new java.util.LinkedHashMap<String, String>();
                    // the applicant's own texts; a reviewer's comments
                    a.criteria().forEach(c -> criteria.put(c.criterion().key(), applicant ? c.answer() : c.comment()));
                    return new LabelApplication(a.id(), a.project().id(), a.level().name(), a.country(),
                            a.status().name(), applicant, id.equals(a.reviewerId()), criteria, a.createdAt(),
                            a.reviewedAt());
                })
                .toList());
        request.add("prizeApplications", projects.prizeApplicationsInvolving(id).stream()
                .map(a -> {
                    boolean applicant = id.equals(a.applicantId());
                    // the summary is the applicant's own text, not the officer's who marked it a winner
                    return new PrizeApplicationRecord(a.id(), a.round().id(), a.round().name(), a.project().id(),
                            a.category(), applicant ? a.summary() : null, applicant, id.equals(a.awardedBy()),
                            a.winner(), a.createdAt(), a.wonAt());
                })
                .toList());
    }

    /** Each project the person is in or was invited to, row-locked in id order as every change of a project is. */
    void erase(@Observes AccountErasing erasing) {
        String id = erasing.profileId();
        var touched = new TreeSet<String>();
        projects.allOf(id).forEach(p -> touched.add(p.id()));
        projects.invitingOrInvitedBy(id).forEach(p -> touched.add(p.id()));
        var applications = projects.applicationsInvolving(id);
        applications.forEach(a -> touched.add(a.project().id()));
        var prizeApplications = projects.prizeApplicationsInvolving(id);
        prizeApplications.forEach(a -> touched.add(a.project().id()));
        var now = clock.instant();
        for (String projectId : touched) {
            var project = projects.forUpdate(projectId).orElseThrow();
            if (project.memberErased(id, now)) {
                approved.fire(new ProjectApproved(project.id(),
                        project.founders().stream().map(ProjectMember::profileId).toList(), project.title()));
            }
        }
        // the applications stay (the labels were given to schools), without the person; their projects are locked
        for (var application : applications) {
            projects.refresh(application);
            if (id.equals(application.applicantId())) {
                application.applicantErased();
            }
            if (id.equals(application.reviewerId())) {
                application.reviewerErased();
            }
        }
        for (var application : prizeApplications) {
            projects.refresh(application);
            if (id.equals(application.applicantId())) {
                application.applicantErased();
            }
            if (id.equals(application.awardedBy())) {
                application.awarderErased();
            }
        }
    }
}
