package org.twinninglive.projects;

import jakarta.enterprise.context.ApplicationScoped;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.Viewer;

/**
 * Who may see a project (P2): open and closed ones anyone, visitors included; pending and rejected
 * ones only their members, the people invited to them, and the nss of a founder's country. To
 * anyone else such a project does not exist (404), on pages and in the API alike.
 */
@ApplicationScoped
public class ProjectAccess {

    public boolean canSee(Viewer viewer, Project project) {
        return project.status().isPublic() || isInside(viewer, project) || reviews(viewer, project);
    }

    /** The project, or "not found" for a viewer who may not know it exists. */
    public Project visible(Viewer viewer, java.util.Optional<Project> project) {
        return project.filter(p -> canSee(viewer, p)).orElseThrow(() -> new NotFoundException("The project"));
    }

    /** A member or someone invited: they read its approvals and a rejection's reason. */
    public boolean isInside(Viewer viewer, Project project) {
        return viewer.profileId().map(id -> project.member(id).isPresent()
                || project.invitations().stream().anyMatch(i -> i.pending() && i.inviteeId().equals(id))).orElse(false);
    }

    /** An nss officer of one of its founder countries. */
    public boolean reviews(Viewer viewer, Project project) {
        return viewer.hasRole(Roles.NSS) && viewer.identity().map(i -> i.country()).filter(c -> c != null)
                .filter(c -> project.approval(c).isPresent()).isPresent();
    }
}
