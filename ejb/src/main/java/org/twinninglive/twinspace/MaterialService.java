package org.twinninglive.twinspace;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.StoredFileView;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectRepository;

/**
 * A TwinSpace's materials (T1): folders of files and albums of pictures, through the file store
 * (uploads checked by content, pictures re-encoded with a thumbnail). Members make folders and
 * albums, add their uploads and remove files; whoever reads the space reads them
 * ({@link SpaceMaterials}). A member's file counts for their progression (twinspace-material).
 */
@Stateless
@PermitAll
public class MaterialService {

    private static final Logger LOG = Logger.getLogger(MaterialService.class.getName());

    /** A folder or album holds at most this many files. */
    public static final int MOST_FILES = 200;

    @Inject
    Viewers viewers;

    @Inject
    CallerProfile callers;

    @Inject
    ProjectRepository projects;

    @Inject
    SpaceAccess access;

    @Inject
    MaterialRepository materials;

    @Inject
    FileStore files;

    @Inject
    RelatedPeople people;

    @Inject
    Event<MaterialShared> shared;

    @Inject
    Clock clock;

    /** The space's folders and albums with their files, for whoever reads the space. */
    public List<FolderView> materials(Optional<SignedInIdentity> identity, String projectId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.READ, false);
        return views(materials.folders(project.id()));
    }

    /** A member makes a folder, or an album (pictures only). Refused: a name taken in the space (400 name). */
    public FolderView makeFolder(SignedInIdentity identity, String projectId, String name, boolean album) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.SHARE_MATERIALS, true);
        String clean = SpaceFolder.name(name);
        if (materials.hasFolderNamed(project.id(), clean)) {
            throw new InvalidInputException("name", "The space has a folder of this name already.")
                    .shownAs("space.materials.nameTaken");
        }
        if (materials.countFolders(project.id()) >= MaterialRepository.MOST_FOLDERS) {
            throw new ConflictException("The TwinSpace may have " + MaterialRepository.MOST_FOLDERS + " folders.",
                    "space-folders-full").shownAs("space.materials.foldersFull", MaterialRepository.MOST_FOLDERS);
        }
        var me = callers.of(identity);
        var folder = SpaceFolder.of(project.id(), clean, album, me.id(), clock.instant());
        materials.add(folder);
        LOG.info(() -> "%s made %s %s in the TwinSpace of %s".formatted(me.id(), album ? "album" : "folder",
                folder.id(), project.id()));
        return views(List.of(folder)).get(0);
    }

    /**
     * A member adds one of their uploads to a folder (any file the store took) or an album (a
     * picture). Refused: another's or an attached upload (400 file), a file that is no picture for
     * an album (400 file), a full folder (409).
     */
    public StoredFileView addFile(SignedInIdentity identity, String projectId, String folderId, String fileId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.SHARE_MATERIALS, true);
        var folder = materials.folder(project.id(), folderId).orElseThrow(() -> new NotFoundException("The folder"));
        var upload = files.unattachedUpload(identity, fileId == null ? "" : fileId).orElseThrow(() ->
                (InvalidInputException) new InvalidInputException("file", "There is no upload " + fileId
                        + " of yours; upload it first.").shownAs("attachments.notYours"));
        if (folder.album() && !upload.type().startsWith("image/")) {
            throw new InvalidInputException("file", "An album holds pictures: a JPEG, PNG, GIF or WebP picture.")
                    .shownAs("space.materials.albumPictures");
        }
        if (files.attachedTo(SpaceMaterials.OWNER, folder.id()).size() >= MOST_FILES) {
            throw new ConflictException("A folder may hold " + MOST_FILES + " files.", "space-folder-full")
                    .shownAs("space.materials.folderFull", MOST_FILES);
        }
        var me = callers.of(identity);
        files.attach(identity, upload.id(), SpaceMaterials.OWNER, folder.id());
        shared.fire(new MaterialShared(me.id(), project.id(), upload.id(), upload.name()));
        LOG.info(() -> "%s added file %s to folder %s of %s".formatted(me.id(), upload.id(), folder.id(), project.id()));
        return upload;
    }

    /** A member removes a file of a folder: it is erased. */
    public void removeFile(SignedInIdentity identity, String projectId, String folderId, String fileId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.SHARE_MATERIALS, true);
        var folder = materials.folder(project.id(), folderId).orElseThrow(() -> new NotFoundException("The folder"));
        if (fileId == null || !files.eraseOne(SpaceMaterials.OWNER, folder.id(), fileId)) {
            throw new NotFoundException("The file");
        }
        LOG.info(() -> "%s removed file %s of folder %s".formatted(identity.username(), fileId, folder.id()));
    }

    private Project inside(Viewer viewer, String projectId, SpaceAction action, boolean changes) {
        var project = access.spaceOf(viewer, changes ? projects.forUpdate(projectId) : projects.find(projectId));
        access.require(viewer, project, action);
        return project;
    }

    /** The views of these folders, their files (one query) and their makers' names (one query). */
    private List<FolderView> views(List<SpaceFolder> folders) {
        var ids = folders.stream().map(SpaceFolder::id).toList();
        var filesByFolder = files.attachedTo(SpaceMaterials.OWNER, ids);
        var makers = new ArrayList<String>();
        folders.stream().map(SpaceFolder::createdBy).filter(java.util.Objects::nonNull).forEach(makers::add);
        var names = people.names(makers);
        return folders.stream().map(f -> new FolderView(f.id(), f.name(), f.album(), f.createdBy(),
                f.createdBy() == null ? null : names.get(f.createdBy()), f.createdAt(),
                filesByFolder.getOrDefault(f.id(), List.of()))).toList();
    }
}
