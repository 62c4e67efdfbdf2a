package org.twinninglive.media;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;

/**
 * The one store of every feature's files. A person uploads a file for a use ({@link
 * UploadPolicy}), then attaches it to a thing of a feature (an owner, such as "message", and
 * the thing's id); the feature's {@link FileAccess} decides who reads it from then on, and an
 * unattached upload is its uploader's alone. Whoever may not read a file is told it does not
 * exist. A feature erases its things' files with the things; unattached uploads go with their
 * uploader's account, or after a day ({@link #purgeAbandoned}).
 */
@Stateless
@PermitAll
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final int PURGE_BATCH = 1000;

    @Inject
    CallerProfile callers;

    @Inject
    ProfileVisibility visibility;

    @Inject
    FileRepository files;

    @Inject
    FileDirectory directory;

    @Inject
    @Any
    Instance<FileAccess> accesses;

    @Inject
    Clock clock;

    /**
     * Keeps an upload of the caller's, unattached. Reads at most one byte more than the use
     * allows; refuses (field {@code file}, nothing kept) one that is empty, too large, or of a
     * kind the use does not take, whatever its name says. A picture is kept re-encoded, with a
     * thumbnail, and every name gets the extension of what the file is.
     */
    public StoredFileView store(SignedInIdentity uploader, UploadPolicy use, String fileName, InputStream content) {
        var profile = callers.of(uploader);
        var upload = use.accept(fileName, readAtMost(content, use));
        var file = new StoredFile(UUID.randomUUID().toString(), profile.id(), upload, clock.instant());
        directory.write(file.id(), upload.content(), upload.thumbnail());
        files.add(file);
        LOG.info(() -> "Profile %s uploaded file %s (%s, %d bytes, %s)".formatted(profile.id(), file.id(),
                file.mimeType(), file.byteCount(), use));
        return file.view();
    }

    /**
     * The caller's own upload while it is attached to nothing, for a form that names it before
     * the thing it goes with exists; any other file, like a missing one, is empty.
     */
    public Optional<StoredFileView> unattachedUpload(SignedInIdentity uploader, String fileId) {
        var profile = callers.of(uploader);
        return files.find(fileId).filter(file -> !file.isAttached() && file.uploadedBy(profile.id()))
                .map(StoredFile::view);
    }

    /**
     * Attaches the caller's own unattached upload to a thing of an owner that has a {@link
     * FileAccess}; any other file is refused under the field {@code attachments}.
     */
    public void attach(SignedInIdentity uploader, String fileId, String owner, String ownerId) {
        if (access(owner).isEmpty()) {
            throw new IllegalArgumentException("no FileAccess decides for owner " + owner);
        }
        var profile = callers.of(uploader);
        var file = files.findForUpdate(fileId).orElseThrow(() -> (InvalidInputException) new InvalidInputException(
                "attachments", "There is no file " + fileId + "; upload it first.").shownAs("attachments.notYours"));
        file.attachTo(profile.id(), owner, ownerId, clock.instant());
    }

    /**
     * The files a person uploaded to things of one owner, by thing (for that feature's part of
     * their export), oldest first.
     */
    public Map<String, List<StoredFileView>> uploadedBy(String profileId, String owner) {
        var byThing = new LinkedHashMap<String, List<StoredFileView>>();
        for (StoredFile file : files.attachedBy(profileId, owner)) {
            byThing.computeIfAbsent(file.ownerId(), id -> new ArrayList<>()).add(file.view());
        }
        return byThing;
    }

    /** The files attached to one thing, oldest first. */
    public List<StoredFileView> attachedTo(String owner, String ownerId) {
        return files.attachedTo(owner, List.of(ownerId)).stream().map(StoredFile::view).toList();
    }

    /** The files attached to each of these things (every id a key, an empty list if none), in one query. */
    public Map<String, List<StoredFileView>> attachedTo(String owner, Collection<String> ownerIds) {
        var byThing = new LinkedHashMap<String, List<StoredFileView>>();
        ownerIds.forEach(id -> byThing.put(id, new ArrayList<>()));
        if (ownerIds.isEmpty()) {
            return byThing;
        }
        for (StoredFile file : files.attachedTo(owner, ownerIds)) {
            byThing.get(file.ownerId()).add(file.view());
        }
        byThing.replaceAll((id, views) -> List.copyOf(views));
        return byThing;
    }

    /** The files attached to one thing, with their uploaders and when they were attached, oldest first. */
    public List<AttachedFileView> attachedWithUploaders(String owner, String ownerId) {
        return files.attachedTo(owner, List.of(ownerId)).stream().map(FileStore::attached).toList();
    }

    /** One file of one thing of an owner, with its uploader; empty when the file is not that thing's. */
    public Optional<AttachedFileView> attachedFile(String owner, String ownerId, String fileId) {
        return files.find(fileId).filter(found -> owner.equals(found.owner()) && ownerId.equals(found.ownerId()))
                .map(FileStore::attached);
    }

    private static AttachedFileView attached(StoredFile file) {
        return new AttachedFileView(file.view(), file.uploaderId(), file.attachedAt());
    }

    /**
     * A file (or its thumbnail) for a viewer who may read it: its uploader while unattached, then
     * whom the owner's {@link FileAccess} lets read the thing. Anyone else, like a missing file,
     * gets {@link NotFoundException}. The caller closes the content.
     */
    public Download read(Optional<SignedInIdentity> viewer, String fileId, boolean thumbnail) {
        var file = files.find(fileId).filter(found -> mayRead(viewer, found))
                .filter(found -> !thumbnail || found.hasThumbnail())
                .orElseThrow(() -> new NotFoundException("The file"));
        var content = directory.open(file.id(), thumbnail).orElseThrow(() -> {
            LOG.warning(() -> "The bytes of file %s are missing from the files directory".formatted(file.id()));
            return new NotFoundException("The file");
        });
        long size = thumbnail ? directory.size(file.id(), true) : file.byteCount();
        String type = FileType.ofMimeType(file.mimeType()).map(FileType::servedAs).orElse(file.mimeType());
        return new Download(file.name(), type, size, content);
    }

    /** Erases the files of these things of one owner (the feature erases the things). */
    public void eraseOwnedBy(String owner, Collection<String> ownerIds) {
        if (ownerIds.isEmpty()) {
            return;
        }
        erase(files.attachedTo(owner, ownerIds).stream().map(StoredFile::id).toList());
    }

    /**
     * Erases one file of one thing of an owner (an image taken off a project); false, and nothing
     * erased, when the file is not that thing's.
     */
    public boolean eraseOne(String owner, String ownerId, String fileId) {
        var file = files.find(fileId).filter(found -> owner.equals(found.owner()) && ownerId.equals(found.ownerId()));
        file.ifPresent(found -> erase(List.of(found.id())));
        return file.isPresent();
    }

    /** Erases a person's unattached uploads (their account is erased). */
    public void eraseUploadsOf(String profileId) {
        erase(files.unattachedOf(profileId).stream().map(StoredFile::id).toList());
    }

    /**
     * Erases uploads left unattached since before this instant (a form abandoned after its
     * upload), at most {@value #PURGE_BATCH} at a time, oldest first; how many were erased.
     */
    public int purgeAbandoned(Instant before) {
        var ids = files.abandonedBefore(before, PURGE_BATCH);
        erase(ids);
        if (!ids.isEmpty()) {
            LOG.info(() -> "%d abandoned uploads erased".formatted(ids.size()));
        }
        return ids.size();
    }

    private void erase(List<String> ids) {
        files.removeAll(ids);
        directory.deleteAfterCommit(ids);
    }

    private boolean mayRead(Optional<SignedInIdentity> viewer, StoredFile file) {
        if (!file.isAttached()) {
            return visibility.viewerId(viewer).filter(file::uploadedBy).isPresent();
        }
        boolean pupil = viewer.filter(SignedInIdentity::isPupil).isPresent();
        return access(file.owner()).filter(access -> !pupil || access.readByPupils())
                .filter(access -> access.mayRead(viewer, file.ownerId())).isPresent();
    }

    private Optional<FileAccess> access(String owner) {
        return accesses.stream().filter(access -> access.owner().equals(owner)).findFirst();
    }

    private static byte[] readAtMost(InputStream content, UploadPolicy use) {
        if (content == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = content.readNBytes(use.maxBytes() + 1);
            if (bytes.length > use.maxBytes()) {
                throw use.tooLarge();
            }
            return bytes;
        } catch (IOException interrupted) {
            throw (InvalidInputException) new InvalidInputException("file", "The file could not be received"
                    + " completely; send it again.").shownAs("file.interrupted");
        }
    }
}
