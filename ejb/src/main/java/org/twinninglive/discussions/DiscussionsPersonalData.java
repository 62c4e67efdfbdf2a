package org.twinninglive.discussions;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;
import org.twinninglive.platform.PupilErasing;

/**
 * The discussions' part of an export and of an erasure (U5): the posts a person wrote, with their
 * words. On erasure the threads and posts stay where they are, by a former member, and the person
 * follows nothing.
 */
@ApplicationScoped
public class DiscussionsPersonalData {

    /** A post the person wrote, as the export shows it. */
    public record Post(String ownerKind, String ownerId, String threadId, String threadTitle, String postId,
                       String body, Instant createdAt, boolean removed) implements Serializable {
    }

    @Inject
    DiscussionRepository discussions;

    void export(@Observes PersonalDataRequested request) {
        request.add("discussionPosts", discussions.postsBy(request.profileId()).stream().map(DiscussionsPersonalData::post)
                .toList());
    }

    /** A pupil's posts (T2), as the export a teacher asks for them shows them. */
    public List<Post> postsOfPupil(String pupilId) {
        return discussions.postsByPupil(pupilId).stream()
                .map(DiscussionsPersonalData::post).toList();
    }

    private static Post post(DiscussionRepository.Authored a) {
        return new Post(a.thread().ownerKind(), a.thread().ownerId(), a.thread().id(), a.thread().title(), a.post().id(),
                a.post().bodyHtml(), a.post().createdAt(), a.post().removed());
    }

    /** A removed pupil's words go with their login; their posts stay in their threads as removed. */
    void erasePupil(@Observes PupilErasing erasing) {
        discussions.erasePupil(erasing.pupilId(), erasing.at());
    }

    // after the owners' parts (default priority), which lock their rows: owner rows before thread rows, as a reply
    void erase(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) AccountErasing erasing) {
        discussions.erase(erasing.profileId());
    }
}
