package org.twinninglive.twinspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.discussions.DiscussionEndpoints;
import org.twinninglive.discussions.DiscussionEndpoints.FollowingRequest;
import org.twinninglive.discussions.DiscussionEndpoints.ModerationRequest;
import org.twinninglive.discussions.DiscussionEndpoints.RemovalReason;
import org.twinninglive.discussions.DiscussionEndpoints.ReplyRequest;
import org.twinninglive.discussions.DiscussionEndpoints.ThreadRequest;
import org.twinninglive.discussions.PostView;
import org.twinninglive.discussions.ThreadSummary;
import org.twinninglive.discussions.ThreadView;
import org.twinninglive.platform.PageRepresentation;

/**
 * A TwinSpace's teachers' bulletin (T1): threads for the space's teachers through the shared
 * discussions ({@link SpaceBulletin}); members open threads, members and guests reply; to pupils
 * and anyone else it does not exist (404).
 */
@Path("v1/projects/{id}/space/bulletin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "twinspace")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A guest's token: guests read and reply.")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such space or thread, or the caller is not a"
        + " teacher of the space (pupils included).")
public class BulletinResource {

    @Inject
    DiscussionEndpoints bulletin;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listSpaceBulletin", summary = "The threads of a TwinSpace's teachers' bulletin",
            description = "Pinned threads first, then the latest active. For the space's members and guests.")
    @APIResponse(responseCode = "200", description = "A page of threads")
    public PageRepresentation<ThreadSummary> threads(@PathParam("id") String id, @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        return bulletin.threads(SpaceBulletin.KIND, id, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openSpaceBulletinThread", summary = "Open a thread in the teachers' bulletin (members)",
            description = "{\"title\", \"body\"}: as in the forum (title of at most 200 characters, HTML sanitised).")
    @APIResponse(responseCode = "201", description = "The thread with its first post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response open(@PathParam("id") String id, ThreadRequest body) {
        return bulletin.open(SpaceBulletin.KIND, id, body,
                uri.getBaseUriBuilder().path("v1/projects/{id}/space/bulletin/{thread}"));
    }

    @GET
    @Path("{threadId}")
    @Operation(operationId = "getSpaceBulletinThread", summary = "A bulletin thread with a page of its posts",
            description = "As a forum thread: the posts the first first, whether the caller follows it.")
    @APIResponse(responseCode = "200", description = "The thread")
    public ThreadView thread(@PathParam("id") String id, @PathParam("threadId") String threadId,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return bulletin.thread(SpaceBulletin.KIND, id, threadId, page, size);
    }

    @POST
    @Path("{threadId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyInSpaceBulletin", summary = "Reply in a bulletin thread (members and guests)",
            description = "{\"body\"}: HTML, sanitised. The thread's followers are told.")
    @APIResponse(responseCode = "201", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The thread is locked (thread-locked), or the"
            + " space archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response reply(@PathParam("id") String id, @PathParam("threadId") String threadId,
                          ReplyRequest body) {
        return bulletin.reply(SpaceBulletin.KIND, id, threadId, body);
    }

    @PUT
    @Path("{threadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateSpaceBulletinThread", summary = "Pin or lock a bulletin thread (members)",
            description = "{\"pinned\", \"locked\"}, each optional, as in the forum.")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ThreadView moderate(@PathParam("id") String id, @PathParam("threadId") String threadId,
                               ModerationRequest body) {
        return bulletin.moderate(SpaceBulletin.KIND, id, threadId, body);
    }

    @PUT
    @Path("{threadId}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followSpaceBulletinThread", summary = "Follow a bulletin thread, or stop",
            description = "{\"following\": true|false}: a follower hears of each new reply. For members and guests.")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ThreadView follow(@PathParam("id") String id, @PathParam("threadId") String threadId,
                             FollowingRequest body) {
        return bulletin.follow(SpaceBulletin.KIND, id, threadId, body);
    }

    @POST
    @Path("posts/{postId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "removeSpaceBulletinPost", summary = "Remove a bulletin post with a reason (members)",
            description = "{\"reason\"}: the post stays in its thread as removed, its words gone, the reason shown.")
    @APIResponse(responseCode = "200", description = "The removed post")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PostView remove(@PathParam("id") String id, @PathParam("postId") String postId,
                           RemovalReason body) {
        return bulletin.remove(SpaceBulletin.KIND, id, postId, body);
    }
}
