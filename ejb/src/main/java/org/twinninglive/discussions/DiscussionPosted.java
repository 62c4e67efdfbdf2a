package org.twinninglive.discussions;

import java.util.List;

/**
 * Someone posted in a thread (its first post, or a reply): its followers other than the author
 * who may still read it hear of it at {@code address}; the author's participation counts in the
 * owner's {@code creditCategory} (e.g. {@code forum-post}). A pupil's post ({@code byPupil}, T2:
 * {@code authorId} is the owner's id for them) credits no one.
 */
public record DiscussionPosted(String ownerKind, String ownerId, String threadId, String postId, String authorId,
                               String threadTitle, boolean first, List<String> followerIds, String address,
                               String creditCategory, boolean byPupil) {
}
