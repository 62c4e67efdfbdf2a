package org.twinninglive.twinspace;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.Serializable;
import java.time.Instant;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;
import org.twinninglive.platform.PupilErasing;

/**
 * The TwinSpaces' part of an export and of an erasure (U5): the versions of pages a person saved,
 * with their titles and bodies, their blog and wall posts, the spaces they are a guest of; the
 * pupils made by an erased teacher keep working, their guest seats go. On erasure the pages and their versions stay in their spaces, the
 * project's work, written by a former member.
 */
@ApplicationScoped
public class SpacePersonalData {

    /** A version of a page the person saved, as the export shows it. */
    public record PageVersion(String projectId, String pageId, int version, String title, String body,
                              Instant savedAt) implements Serializable {
    }

    /** A blog post the person published, as the export shows it. */
    public record BlogPost(String projectId, String postId, String title, String body, Instant publishedAt)
            implements Serializable {
    }

    /** A post the person wrote on a pupil wall, as the export shows it. */
    public record WallPost(String projectId, String postId, String body, Instant createdAt, boolean hidden)
            implements Serializable {
    }

    /** A folder or album the person made in a space, as the export shows it. */
    public record Folder(String projectId, String folderId, String name, boolean album, Instant createdAt)
            implements Serializable {
    }

    /** A file the person added to a folder or album of a space, as the export shows it. */
    public record Material(String projectId, String folderId, String fileId, String name, long size, String type)
            implements Serializable {
    }

    /** A space the person is a guest of, as the export shows it. */
    public record GuestSeat(String projectId, Instant invitedAt) implements Serializable {
    }

    @Inject
    SpaceRepository spaces;

    @Inject
    PupilRepository pupils;

    @Inject
    GuestRepository guests;

    @Inject
    MaterialRepository materials;

    @Inject
    org.twinninglive.media.FileStore files;

    void export(@Observes PersonalDataRequested request) {
        request.add("twinSpacePages", spaces.revisionsBy(request.profileId()).stream()
                .map(r -> new PageVersion(r.projectId(), r.pageId(), r.revision(), r.title(), r.bodyHtml(),
                        r.editedAt()))
                .toList());
        request.add("twinSpaceBlogPosts", spaces.blogBy(request.profileId()).stream()
                .map(b -> new BlogPost(b.projectId(), b.id(), b.title(), b.bodyHtml(), b.publishedAt()))
                .toList());
        request.add("twinSpaceFolders", materials.foldersBy(request.profileId()).stream()
                .map(f -> new Folder(f.projectId(), f.id(), f.name(), f.album(), f.createdAt())).toList());
        var uploaded = files.uploadedBy(request.profileId(), SpaceMaterials.OWNER);
        var inFolders = materials.folders(uploaded.keySet());
        request.add("twinSpaceMaterials", uploaded.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(f -> new Material(inFolders.containsKey(e.getKey()) ? inFolders.get(e.getKey()).projectId() : null,
                        e.getKey(), f.id(), f.name(), f.size(), f.type()))).toList());
        request.add("twinSpaceGuestSeats", guests.seatsOf(request.profileId()).stream()
                .map(g -> new GuestSeat(g.projectId(), g.invitedAt())).toList());
        request.add("twinSpaceWallPosts", pupils.wallPostsBy(request.profileId()).stream()
                .map(w -> new WallPost(w.projectId(), w.id(), w.body(), w.createdAt(), w.hidden()))
                .toList());
    }

    /**
     * A removed pupil's wall posts go with their login (T2), the hidden ones too (erasure outweighs
     * the record); the pages they edited stay, by no one.
     */
    void erasePupil(@Observes PupilErasing erasing) {
        pupils.eraseWritingsOf(erasing.pupilId());
        spaces.forgetPupil(erasing.pupilId());
    }

    // after the projects' part (default priority), which locks the person's projects: project rows before page rows, as an edit
    void erase(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) AccountErasing erasing) {
        spaces.erase(erasing.profileId());
        pupils.forgetTeacher(erasing.profileId());
        guests.erase(erasing.profileId());
        materials.forget(erasing.profileId());
    }
}
