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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.discussions.DiscussionEndpoints;
import org.twinninglive.discussions.DiscussionEndpoints.ModerationRequest;
import org.twinninglive.discussions.DiscussionEndpoints.RemovalReason;
import org.twinninglive.discussions.DiscussionEndpoints.ReplyRequest;
import org.twinninglive.discussions.DiscussionEndpoints.ThreadRequest;
import org.twinninglive.discussions.PostView;
import org.twinninglive.discussions.ThreadSummary;
import org.twinninglive.discussions.ThreadView;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * A project's TwinSpace (T1, T3): its public part without a token; its pages, their versions and
 * history for the project's founders and partners. To anyone else the inside does not exist (404);
 * a closed project's space is archived (a change: 409 {@code space-archived}).
 */
@Path("v1/projects/{id}/space")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "twinspace")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A pupil's token, for what pupils may not do in"
        + " their space (T2): they read, reply and post on the wall; pupil-administrators also write pages and open"
        + " threads.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class SpaceResource {

    /** Body of POST /pages: body as HTML (sanitised), parentId optional. */
    public record NewPageRequest(String parentId, String title, String body) {
    }

    /** Body of PUT /pages/{pageId}: the version the change was made from, the title and body. */
    public record PageEditRequest(Integer version, String title, String body) {
    }

    /** Body of PUT /pages/{pageId}/following. */
    public record FollowingRequest(Boolean following) {
    }

    /** Body of POST /blog: a title and a body (HTML, sanitised). */
    public record BlogRequest(String title, String body) {
    }

    /** Body of POST /wall. */
    public record WallRequest(String body) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionEndpoints forum;

    @Inject
    PupilService pupils;

    @Context
    UriInfo uri;

    @GET
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getSpace", summary = "A project's TwinSpace (no token needed for its public part)",
            description = "Its title, description and cover (the project's) for whoever may see the project; for its"
                    + " founders and partners also the tree of pages (a page's children right after it, with their"
                    + " depth) and the Twinboard (recent: the latest saved versions). actions says what the caller"
                    + " may do now (READ_PUBLIC, READ, EDIT_PAGES); archived, whether the project is closed.")
    @APIResponse(responseCode = "200", description = "The space as the caller may see it")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such project, one the caller may not know"
            + " of, or one that is pending or rejected (it has no space).")
    public SpaceView get(@PathParam("id") String id) {
        return spaces.space(current.get(), id);
    }

    @GET
    @Path("pages")
    @Operation(operationId = "listSpacePages", summary = "The pages of a TwinSpace (members)",
            description = "The tree of pages, a page's children right after it, by title.")
    @APIResponse(responseCode = "200", description = "The pages")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, or the caller is not a"
            + " member (a visitor without a token too).")
    public List<SpacePageSummary> pages(@PathParam("id") String id) {
        return spaces.pages(current.get(), id);
    }

    @POST
    @Path("pages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeSpacePage", summary = "Write a page (members)",
            description = "{\"title\", \"body\", \"parentId\"}: a title of at most 200 characters, a body as HTML"
                    + " (sanitised; at most 50,000 characters), under another page of the space or, without"
                    + " parentId, at its top. Its version is 1.")
    @APIResponse(responseCode = "201", description = "The page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpacePageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space or parent page, or the caller"
            + " is not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response write(@PathParam("id") String id, NewPageRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("title", "Send a JSON body such as {\"title\": \"Our rivers\","
                    + " \"body\": \"<p>…</p>\"}.");
        }
        var page = spaces.write(identity, id, body.parentId(), body.title(), body.body());
        return Response.created(uri.getBaseUriBuilder().path("v1/projects/{id}/space/pages/{page}")
                .build(id, page.id())).entity(page).build();
    }

    @GET
    @Path("pages/{pageId}")
    @Operation(operationId = "getSpacePage", summary = "A page (members)",
            description = "Its sanitised body (HTML) and plain text, its version (send it back with a change), who"
                    + " wrote it and who saved it last (a null name: a former member).")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such page in this space, or the caller is"
            + " not a member.")
    public SpacePageView page(@PathParam("id") String id, @PathParam("pageId") String pageId) {
        return spaces.page(current.get(), id, pageId);
    }

    @PUT
    @Path("pages/{pageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editSpacePage", summary = "Save a new version of a page (members)",
            description = "{\"version\", \"title\", \"body\"}: version is the one the change was made from. When"
                    + " someone saved another version since, 409 stale-version says the current one (in its detail) and nothing is overwritten: read the page again and make the change there.")
    @APIResponse(responseCode = "200", description = "The page, its version one more")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such page in this space, or the caller is"
            + " not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A stale version (stale-version), or an"
            + " archived space (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public SpacePageView edit(@PathParam("id") String id, @PathParam("pageId") String pageId, PageEditRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("version", "Send a JSON body such as {\"version\": 3, \"title\":"
                    + " \"Our rivers\", \"body\": \"<p>…</p>\"}.");
        }
        return spaces.edit(identity, id, pageId, body.version(), body.title(), body.body());
    }

    /** Whether the caller follows a page now. */
    public record PageFollowing(boolean following) {
    }

    @PUT
    @Path("pages/{pageId}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followSpacePage", summary = "Follow a page, or stop (members and guests)",
            description = "{\"following\": true|false}: a follower hears of each new version someone else saves"
                    + " (notification space-page-changed, and e-mail unless they chose otherwise). Whoever writes a"
                    + " page or a version of it follows it. A pupil follows nothing (403).")
    @APIResponse(responseCode = "200", description = "Whether the caller follows the page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageFollowing.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such page in this space, or the caller"
            + " may not read the space's inside.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PageFollowing followPage(@PathParam("id") String id, @PathParam("pageId") String pageId,
                                    FollowingRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("following", "Send a JSON body such as {\"following\": true}.");
        }
        return new PageFollowing(spaces.follow(identity, id, pageId, body.following()));
    }

    @GET
    @Path("pages/{pageId}/history")
    @Operation(operationId = "getSpacePageHistory", summary = "A page's versions (members)",
            description = "The latest first (at most 100), each with its title, who saved it and when, without its"
                    + " body: GET /history/{version} gives one version with its body.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such page in this space, or the caller is"
            + " not a member.")
    public List<SpaceRevisionView> history(@PathParam("id") String id, @PathParam("pageId") String pageId) {
        return spaces.history(current.get(), id, pageId);
    }

    @GET
    @Path("pages/{pageId}/history/{version}")
    @Operation(operationId = "getSpacePageVersion", summary = "One version of a page, with its body (members)")
    @APIResponse(responseCode = "200", description = "The version as it was saved")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such page or version, or the caller is"
            + " not a member.")
    public SpaceRevisionView version(@PathParam("id") String id, @PathParam("pageId") String pageId,
                                     @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("The version");
        }
        return spaces.revision(current.get(), id, pageId, number);
    }

    @GET
    @Path("threads")
    @Operation(operationId = "listSpaceThreads", summary = "The threads of a TwinSpace's forum (members)",
            description = "Pinned threads first, then the latest active, each with who opened it, its posts and its"
                    + " last activity.")
    @APIResponse(responseCode = "200", description = "A page of threads")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, or the caller is not a member.")
    public PageRepresentation<ThreadSummary> threads(@PathParam("id") String id, @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        return forum.threads(SpaceDiscussions.KIND, id, page, size);
    }

    @POST
    @Path("threads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openSpaceThread", summary = "Open a thread in a TwinSpace's forum (members)",
            description = "{\"title\", \"body\"}: a title of at most 200 characters and the first post as HTML"
                    + " (sanitised; at most 10,000 characters of text). The caller follows the thread.")
    @APIResponse(responseCode = "201", description = "The thread with its first post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, or the caller is not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response openThread(@PathParam("id") String id, ThreadRequest body) {
        return forum.open(SpaceDiscussions.KIND, id, body,
                uri.getBaseUriBuilder().path("v1/projects/{id}/space/threads/{thread}"));
    }

    @GET
    @Path("threads/{threadId}")
    @Operation(operationId = "getSpaceThread", summary = "A thread with a page of its posts (members)",
            description = "The posts the first first; a removed post has no body and its removalReason. following"
                    + " says whether the caller follows it; actions, what they may do in it now.")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread in this space, or the caller"
            + " is not a member.")
    public ThreadView thread(@PathParam("id") String id, @PathParam("threadId") String threadId,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return forum.thread(SpaceDiscussions.KIND, id, threadId, page, size);
    }

    @PUT
    @Path("threads/{threadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateSpaceThread", summary = "Pin or lock a thread (members who administer)",
            description = "{\"pinned\", \"locked\"}, each optional: a pinned thread is listed first; a locked one"
                    + " takes no reply (409 thread-locked).")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread in this space, or the caller"
            + " is not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ThreadView moderate(@PathParam("id") String id, @PathParam("threadId") String threadId,
                               ModerationRequest body) {
        return forum.moderate(SpaceDiscussions.KIND, id, threadId, body);
    }

    @PUT
    @Path("threads/{threadId}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followSpaceThread", summary = "Follow a thread, or stop (members)",
            description = "{\"following\": true|false}: a follower hears of each new reply (notification, and"
                    + " e-mail unless they chose otherwise). The author of a post follows its thread.")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread in this space, or the caller"
            + " is not a member.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ThreadView follow(@PathParam("id") String id, @PathParam("threadId") String threadId,
                             DiscussionEndpoints.FollowingRequest body) {
        return forum.follow(SpaceDiscussions.KIND, id, threadId, body);
    }

    @POST
    @Path("threads/{threadId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyInSpaceThread", summary = "Reply in a thread (members)",
            description = "{\"body\"}: HTML, sanitised, at most 10,000 characters of text. The thread's followers"
                    + " are told; the caller follows it from then on.")
    @APIResponse(responseCode = "201", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread in this space, or the caller"
            + " is not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The thread is locked (thread-locked), or the"
            + " space archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response reply(@PathParam("id") String id, @PathParam("threadId") String threadId, ReplyRequest body) {
        return forum.reply(SpaceDiscussions.KIND, id, threadId, body);
    }

    @POST
    @Path("posts/{postId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "removeSpacePost", summary = "Remove a post with a reason (members who administer)",
            description = "{\"reason\"}: at most 500 characters. The post stays, kept for the record: everyone"
                    + " reads the reason in its place, no one its words.")
    @APIResponse(responseCode = "200", description = "The post, removed")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such post in this space, or the caller is"
            + " not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Removed already (post-removed), or the space"
            + " archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PostView remove(@PathParam("id") String id, @PathParam("postId") String postId, RemovalReason body) {
        return forum.remove(SpaceDiscussions.KIND, id, postId, body);
    }

    @GET
    @Path("blog")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "listSpaceBlog", summary = "A TwinSpace's public blog (no token needed)",
            description = "What the project's teachers published for everyone, the latest first, paged.")
    @APIResponse(responseCode = "200", description = "A page of blog posts")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such project, one the caller may not know"
            + " of, or one that has no space.")
    public PageRepresentation<BlogPostView> blog(@PathParam("id") String id, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        return PageRepresentation.of(spaces.blog(current.get(), id, PageRequest.parse(page, size)), b -> b);
    }

    @POST
    @Path("blog")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishSpaceBlogPost", summary = "Publish a post on the public blog (members)",
            description = "{\"title\", \"body\"}: a title of at most 200 characters and a body as HTML (sanitised;"
                    + " at most 10,000 characters of text). Everyone, visitors included, reads it.")
    @APIResponse(responseCode = "201", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BlogPostView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, or the caller is not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response publish(@PathParam("id") String id, BlogRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("title", "Send a JSON body such as {\"title\": \"Our rivers map\","
                    + " \"body\": \"<p>…</p>\"}.");
        }
        var post = spaces.publish(identity, id, body.title(), body.body());
        return Response.status(Response.Status.CREATED).entity(post).build();
    }

    @GET
    @Path("wall")
    @Operation(operationId = "listSpaceWall", summary = "The pupil wall (members and pupils)",
            description = "Short posts of the space's pupils and teachers, the latest first, paged. Posts a teacher"
                    + " hid reach the teachers alone, marked hidden.")
    @APIResponse(responseCode = "200", description = "A page of wall posts")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, or the caller is neither a"
            + " member nor one of its pupils.")
    public PageRepresentation<WallPostView> wall(@PathParam("id") String id, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        var identity = current.get().orElseThrow(() -> new NotFoundException("The TwinSpace"));
        return PageRepresentation.of(pupils.wall(identity, id, PageRequest.parse(page, size)), w -> w);
    }

    @POST
    @Path("wall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postOnSpaceWall", summary = "Post on the pupil wall (members and pupils)",
            description = "{\"body\"}: plain text, at most 1,000 characters. Nothing on the wall is public.")
    @APIResponse(responseCode = "201", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WallPostView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, or the caller is neither a"
            + " member nor one of its pupils.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response postOnWall(@PathParam("id") String id, WallRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("body", "Send a JSON body such as {\"body\": \"Hello from Lyon!\"}.");
        }
        var post = pupils.postOnWall(identity, id, body.body());
        return Response.status(Response.Status.CREATED).entity(post).build();
    }

    @POST
    @Path("wall/{postId}/hidden")
    @Operation(operationId = "hideSpaceWallPost", summary = "Hide a wall post (members)",
            description = "The post stays, kept for the record, shown to the project's teachers alone.")
    @APIResponse(responseCode = "200", description = "The post, hidden")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such post in this space, or the caller is"
            + " not a member.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Hidden already (post-hidden), or the space"
            + " archived (space-archived).")
    public WallPostView hide(@PathParam("id") String id, @PathParam("postId") String postId) {
        return pupils.hide(current.require(), id, postId);
    }
}
