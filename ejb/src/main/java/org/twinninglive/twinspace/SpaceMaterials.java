package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twinninglive.media.FileAccess;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.projects.ProjectRepository;

/**
 * Who reads the files of a TwinSpace's folders and albums (T1): whoever reads the space's inside
 * ({@link SpaceAccess}): its members, guests and pupils; to anyone else they do not exist.
 */
@ApplicationScoped
public class SpaceMaterials implements FileAccess {

    /** The owner the file store knows the files of a space's folders by; their owner id is the folder's. */
    public static final String OWNER = "twinspace-folder";

    @Inject
    MaterialRepository materials;

    @Inject
    ProjectRepository projects;

    @Inject
    SpaceAccess access;

    @Inject
    Viewers viewers;

    @Override
    public String owner() {
        return OWNER;
    }

    /** The materials of their own space are the only files pupils read. */
    @Override
    public boolean readByPupils() {
        return true;
    }

    @Override
    public boolean mayRead(Optional<SignedInIdentity> viewer, String folderId) {
        var folder = materials.find(folderId);
        if (folder.isEmpty()) {
            return false;
        }
        var reader = viewers.of(viewer);
        try {
            var project = access.spaceOf(reader, projects.find(folder.get().projectId()));
            return access.actionsOf(reader, project).contains(SpaceAction.READ);
        } catch (NotFoundException hidden) {
            return false;
        }
    }
}
