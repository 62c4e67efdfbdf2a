package org.twinninglive.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twinninglive.media.FileAccess;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Who reads a project's images (P4): whoever may see the project ({@link ProjectAccess}), so the
 * images of an open or closed project are public and those of a pending one are its members' and
 * its nss's.
 */
@ApplicationScoped
public class ProjectImages implements FileAccess {

    /** The owner the file store knows a project's images by. */
    public static final String OWNER = "project";

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    Viewers viewers;

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public boolean mayRead(Optional<SignedInIdentity> viewer, String projectId) {
        return projects.find(projectId).filter(project -> access.canSee(viewers.of(viewer), project)).isPresent();
    }
}
