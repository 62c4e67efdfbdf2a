package org.twinninglive.discussions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.platform.Viewer;

/**
 * The rule of a feature whose things hold discussions (a TwinSpace, an event, a group): one
 * {@code @ApplicationScoped} bean per owner kind. The discussions never decide who may do what;
 * they ask the owner, so that a thread is never readable by someone who may not see its owner.
 */
public interface DiscussionOwner {

    /** The kind of owner this rule decides for, as its threads store it ({@code "twinspace"}). */
    String kind();

    /**
     * What the viewer may do in the discussions of {@code ownerId} now; {@code NotFoundException}
     * when they may not know them (nor the owner).
     */
    Set<DiscussionAction> actionsOf(Viewer viewer, String ownerId);

    /**
     * Refuses an action the viewer may not take, as the owner words it: 404 for what they may
     * not know, 409 with the reason for an owner that cannot change now (an archived space).
     * A change locks the owner's row first, so that it queues with the owner's own changes.
     */
    void require(Viewer viewer, String ownerId, DiscussionAction action);

    /** Where a thread is read, relative to the application ("/projects/{id}/space?thread=…"), for notifications. */
    String threadAddress(String ownerId, String threadId);

    /** Those among these people who may read the owner's discussions now: the followers told of a reply. */
    List<String> readersAmong(String ownerId, List<String> profileIds);

    /** The progression category a post here counts in ("forum-post", "event-forum-post"). */
    String creditCategory();

    /**
     * The id a pupil (T2) writes under in the owner's discussions, when the viewer is one of its
     * pupils; empty for everyone else (people write as their profile) and for owners without pupils.
     */
    default Optional<String> pupilOf(Viewer viewer, String ownerId) {
        return Optional.empty();
    }

    /** The names of the owner's pupils among these ids (the authors of posts that are not a profile's). */
    default Map<String, String> pupilNames(String ownerId, Collection<String> pupilIds) {
        return Map.of();
    }
}
