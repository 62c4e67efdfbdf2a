package org.twinninglive.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;

/**
 * Backs projects/index.xhtml, the Projects tab (P1): the invitations waiting for my answer, and my
 * pending, open and closed projects, each with exactly the actions I may take on it now.
 */
@Named
@ViewScoped
public class ProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProjectService projects;

    private final Pager<InvitationView> invitations =
            new Pager<>(page -> projects.invitations(identity.require(), page));
    private final Pager<ProjectSummary> pending =
            new Pager<>(page -> projects.mine(identity.require(), ProjectService.Shelf.PENDING, page));
    private final Pager<ProjectSummary> open =
            new Pager<>(page -> projects.mine(identity.require(), ProjectService.Shelf.OPEN, page));
    private final Pager<ProjectSummary> closed =
            new Pager<>(page -> projects.mine(identity.require(), ProjectService.Shelf.CLOSED, page));

    public void accept(InvitationView invitation) {
        PageMessages.attempt(() -> projects.accept(identity.require(), invitation.projectId(), invitation.id()),
                "projects.accepted", "projects.notDone");
    }

    public void decline(InvitationView invitation) {
        PageMessages.attempt(() -> projects.decline(identity.require(), invitation.projectId(), invitation.id()),
                "projects.declined", "projects.notDone");
    }

    public void close(String projectId) {
        PageMessages.attempt(() -> projects.close(identity.require(), projectId), "project.closed", "projects.notDone");
    }

    public void reopen(String projectId) {
        PageMessages.attempt(() -> projects.reopen(identity.require(), projectId), "project.reopened",
                "projects.notDone");
    }

    public Pager<InvitationView> getInvitations() {
        return invitations;
    }

    public Pager<ProjectSummary> getPending() {
        return pending;
    }

    public Pager<ProjectSummary> getOpen() {
        return open;
    }

    public Pager<ProjectSummary> getClosed() {
        return closed;
    }
}
