package org.twinninglive.discussions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * The doors of a forum, whoever owns it (DESIGN.md "discussions"): its threads, a thread with a
 * page of its posts, opening a thread, replying, following, pinning and locking, removing a post
 * with a reason. Each owner's resource names its addresses and operations and hands over its
 * owner kind ({@link DiscussionOwner}); the owner says who may do what, so a thread the caller
 * may not know of is a 404 here as everywhere.
 */
@RequestScoped
public class DiscussionEndpoints {

    /** Body that opens a thread: its title and first post (HTML, sanitised). */
    public record ThreadRequest(String title, String body) {
    }

    /** Body of a reply (HTML, sanitised). */
    public record ReplyRequest(String body) {
    }

    /** Body that pins or locks a thread: what the moderator changes (absent: unchanged). */
    public record ModerationRequest(Boolean pinned, Boolean locked) {
    }

    /** Body that follows a thread, or stops. */
    public record FollowingRequest(Boolean following) {
    }

    /** Body that removes the post its address names: the reason everyone reads in its place. */
    public record RemovalReason(String reason) {
    }

    /** Body that removes the post it names (an event's forum), with the reason. */
    public record RemovalRequest(String postId, String reason) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    DiscussionService discussions;

    /** A page of the owner's threads, pinned first. */
    public PageRepresentation<ThreadSummary> threads(String kind, String ownerId, String page, String size) {
        return PageRepresentation.of(discussions.threads(current.get(), kind, ownerId, PageRequest.parse(page, size)),
                t -> t);
    }

    /**
     * Opens a thread: 201 with the thread and its address, {@code threadAddress} taking the owner's
     * id and the thread's ({@code {id}}, {@code {thread}}).
     */
    public Response open(String kind, String ownerId, ThreadRequest body, UriBuilder threadAddress) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("title", "Send a JSON body such as {\"title\": \"Questions\","
                    + " \"body\": \"<p>…</p>\"}.");
        }
        var thread = discussions.open(identity, kind, ownerId, body.title(), body.body());
        return Response.created(threadAddress.build(ownerId, thread.thread().id())).entity(thread).build();
    }

    /** A thread with a page of its posts. */
    public ThreadView thread(String kind, String ownerId, String threadId, String page, String size) {
        return discussions.thread(current.get(), kind, ownerId, threadId, PageRequest.parse(page, size));
    }

    /** Pins or locks a thread. */
    public ThreadView moderate(String kind, String ownerId, String threadId, ModerationRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("pinned", "Send a JSON body such as {\"pinned\": true}.");
        }
        return discussions.moderate(identity, kind, ownerId, threadId, body.pinned(), body.locked());
    }

    /** Follows a thread, or stops. */
    public ThreadView follow(String kind, String ownerId, String threadId, FollowingRequest body) {
        var identity = current.require();
        if (body == null || body.following() == null) {
            throw new InvalidInputException("following", "Send a JSON body such as {\"following\": true}.");
        }
        return discussions.follow(identity, kind, ownerId, threadId, body.following());
    }

    /** Replies in a thread: 201 with the reply. */
    public Response reply(String kind, String ownerId, String threadId, ReplyRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("body", "Send a JSON body such as {\"body\": \"<p>…</p>\"}.");
        }
        var post = discussions.reply(identity, kind, ownerId, threadId, body.body());
        return Response.status(Response.Status.CREATED).entity(post).build();
    }

    /** Removes the post the address names, with a reason. */
    public PostView remove(String kind, String ownerId, String postId, RemovalReason body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("reason", "Send a JSON body such as {\"reason\": \"Off topic.\"}.");
        }
        return discussions.remove(identity, kind, ownerId, postId, body.reason());
    }

    /** Removes the post the body names, with a reason. */
    public PostView remove(String kind, String ownerId, RemovalRequest body) {
        var identity = current.require();
        if (body == null || body.postId() == null) {
            throw new InvalidInputException("postId", "Send a JSON body such as {\"postId\": \"…\","
                    + " \"reason\": \"…\"}.");
        }
        return discussions.remove(identity, kind, ownerId, body.postId(), body.reason());
    }
}
