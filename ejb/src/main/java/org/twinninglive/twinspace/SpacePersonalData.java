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
 * with their titles and bodies, their blog and wall posts; the pupils made by an erased teacher
 * keep working. On erasure the pages and their versions stay in their spaces, the
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

    @Inject
    SpaceRepository spaces;

    @Inject
    PupilRepository pupils;

    void export(@Observes PersonalDataRequested request) {
        request.add("twinSpacePages", spaces.revisionsBy(request.profileId()).stream()
                .map(r -> new PageVersion(r.projectId(), r.pageId(), r.revision(), r.title(), r.bodyHtml(),
                        r.editedAt()))
                .toList());
        request.add("twinSpaceBlogPosts", spaces.blogBy(request.profileId()).stream()
                .map(b -> new BlogPost(b.projectId(), b.id(), b.title(), b.bodyHtml(), b.publishedAt()))
                .toList());
        request.add("twinSpaceWallPosts", pupils.wallPostsBy(request.profileId()).stream()
                .map(w -> new WallPost(w.projectId(), w.id(), w.body(), w.createdAt(), w.hidden()))
                .toList());
    }

    /** A removed pupil's wall posts go with their login (T2). */
    void erasePupil(@Observes PupilErasing erasing) {
        pupils.eraseWritingsOf(erasing.pupilId());
    }

    // after the projects' part (default priority), which locks the person's projects: project rows before page rows, as an edit
    void erase(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) AccountErasing erasing) {
        spaces.erase(erasing.profileId());
        pupils.forgetTeacher(erasing.profileId());
    }
}
