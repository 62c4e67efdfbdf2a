package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectAccess;
import org.twinninglive.projects.ProjectStatus;

/**
 * Who may do what in a TwinSpace (T1, T3). Only an open or closed project has a space; its public
 * part goes to whoever may see the project (visitors too), the rest to its founders and partners,
 * who administer it. To anyone else the inside does not exist (404). A closed project's space is
 * archived: read as before, every change refused (409 {@code space-archived}).
 */
@ApplicationScoped
public class SpaceAccess {

    @Inject
    ProjectAccess projects;

    /** The project whose space is asked for, or "not found": a pending or rejected project has no space. */
    public Project spaceOf(Viewer viewer, Optional<Project> project) {
        return project.filter(p -> p.status().isPublic() && projects.canSee(viewer, p))
                .orElseThrow(() -> new NotFoundException("The TwinSpace"));
    }

    /** What the viewer may do in the space now. */
    public Set<SpaceAction> actionsOf(Viewer viewer, Project project) {
        var actions = EnumSet.of(SpaceAction.READ_PUBLIC);
        if (isMember(viewer, project)) {
            actions.add(SpaceAction.READ);
            if (!archived(project)) {
                // founders and partners administer the space (T1)
                actions.addAll(EnumSet.of(SpaceAction.EDIT_PAGES, SpaceAction.DISCUSS, SpaceAction.MODERATE,
                        SpaceAction.PUBLISH));
            }
        }
        return actions;
    }

    /**
     * Refuses what the viewer may not do: the inside of a space they are not a member of does not
     * exist for them (404); a change of an archived space is refused with the reason (409).
     */
    public void require(Viewer viewer, Project project, SpaceAction action) {
        if (actionsOf(viewer, project).contains(action)) {
            return;
        }
        if (!isMember(viewer, project)) {
            throw new NotFoundException("The TwinSpace");
        }
        throw new ConflictException("The project is closed: its TwinSpace is archived, read-only until a founder"
                + " reopens the project.", "space-archived").shownAs("space.archived");
    }

    /** Whether the space is archived: its project is closed. */
    public static boolean archived(Project project) {
        return project.status() == ProjectStatus.CLOSED;
    }

    private static boolean isMember(Viewer viewer, Project project) {
        return viewer.profileId().flatMap(project::member).isPresent();
    }
}
