package org.twinninglive.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.twinninglive.discussions.DiscussionEndpoints.FollowingRequest;
import org.twinninglive.discussions.DiscussionEndpoints.ModerationRequest;
import org.twinninglive.discussions.DiscussionEndpoints.RemovalRequest;
import org.twinninglive.discussions.DiscussionEndpoints.ReplyRequest;
import org.twinninglive.discussions.DiscussionEndpoints.ThreadRequest;
import org.twinninglive.discussions.PostView;
import org.twinninglive.discussions.ThreadSummary;
import org.twinninglive.discussions.ThreadView;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * Events (E1, E2, E7): listed and read without a token when public; a private event exists only
 * for its organisers and the people invited (404 for anyone else, absent from every list). A
 * validated teacher organises; its organisers change, cancel and invite; people register, wait for
 * a seat of a full event, leave, decline an invitation.
 */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such event, or a private one the caller is not"
        + " an organiser of nor invited to.")
public class EventsResource {

    /** Body of POST and PUT /events. */
    public record EventRequest(String title, String description, String kind, String format, String place,
                               String start, String end, String timeZone, String language, String visibility,
                               Integer capacity, Boolean waitingList, String repeat, String repeatUntil) {

        EventDetails details() {
            return EventDetails.of(title, description, kind, format, place, start, end, timeZone, language, visibility,
                    capacity, waitingList);
        }
    }

    /** Body of POST /events/{id}/invitations. */
    public record InvitationRequest(List<String> userIds) {
    }

    /** Body of POST /events/{id}/organisers. */
    public record OrganiserRequest(String userId) {
    }

    @Inject
    DiscussionEndpoints forum;

    @Inject
    CurrentIdentity current;

    @Inject
    EventService events;

    @Inject
    EventSearch search;

    @Inject
    EventRoom room;

    @Context
    UriInfo uri;

    @GET
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "searchEvents", summary = "List and search events (no token needed)",
            description = "Events not over by from (now by default) and starting before to (ISO-8601 with an offset),"
                    + " words of the title and description (q), kind, format (ONLINE, FACE_TO_FACE), language; soonest"
                    + " first (by relevance first with q). Cancelled events are not listed. Public events for"
                    + " everyone; private ones only for their organisers and the people invited.")
    @APIResponse(responseCode = "200", description = "A page of events")
    public PageRepresentation<EventSummary> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                                   @QueryParam("format") String format,
                                                   @QueryParam("language") String language,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        var criteria = EventCriteria.of(q, kind, format, language, from, to);
        return PageRepresentation.of(search.search(current.get(), criteria, PageRequest.parse(page, size)), e -> e);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "organiseEvent", summary = "Organise an event (validated teachers)",
            description = "{\"title\", \"description\" (HTML, sanitised), \"kind\" (WORKSHOP, TRAINING_SESSION,"
                    + " SCHOOL_PRESENTATION, PROJECT_PRESENTATION, PARTNER_SEARCH_SESSION, OTHER), \"format\" (ONLINE or"
                    + " FACE_TO_FACE, which needs \"place\"), \"start\", \"end\" (ISO-8601 with an offset; the start"
                    + " ahead, the end after it, at most 14 days), \"timeZone\" (the organiser's by default),"
                    + " \"language\", \"visibility\" (PUBLIC or PRIVATE), \"capacity\" (online: 1 to 100, the video"
                    + " room's; face-to-face: none for no limit), \"waitingList\" (true by default), \"repeat\""
                    + " (WEEKLY or MONTHLY, none by default) and \"repeatUntil\" (its last day, such as 2027-06-30: at"
                    + " most 52 occurrences)}. A repeating event is a series whose occurrences are events of their own"
                    + " (each with its id, registrations, room, forum and archive; the answer is the first, its series"
                    + " lists them all). 400 names the first wrong field.")
    @APIResponse(responseCode = "201", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response organise(EventRequest body) {
        var identity = current.require();
        var event = events.organise(identity, required(body).details(),
                EventRepetition.of(body.repeat(), body.repeatUntil()));
        return Response.created(uri.getBaseUriBuilder().path("v1/events/{id}").build(event.id())).entity(event).build();
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getEvent", summary = "An event",
            description = "Its details, organisers, participants and waiting, seats left (null: no limit), the"
                    + " caller's registration and invitation, and what they may do (actions: EDIT, CANCEL, INVITE,"
                    + " REGISTER, UNREGISTER, DECLINE).")
    @APIResponse(responseCode = "200", description = "The event")
    public EventView get(@PathParam("id") String id) {
        return events.event(current.get(), id);
    }

    @GET
    @Path("{id}.ics")
    @Produces("text/calendar")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getEventCalendar", summary = "An event's iCalendar (.ics)",
            description = "One VEVENT in the zone the event was organised in, with its VTIMEZONE, a UID that never"
                    + " changes, SEQUENCE bumped by every change and STATUS CANCELLED once cancelled: calendar"
                    + " applications update the copy they hold.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING)))
    public Response calendar(@PathParam("id") String id) {
        return Response.ok(events.calendar(current.get(), id), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"event.ics\"").build();
    }

    @POST
    @Path("{id}/video-token")
    @Operation(operationId = "createEventVideoToken", summary = "Join an online event's video room (E3)",
            description = "A new OpenVidu connection token for the caller, made when the room is first joined: role"
                    + " MODERATOR for organisers, PUBLISHER for registered participants, nobody else (403). The room"
                    + " opens 15 minutes before the start and stays open until 30 minutes after the end, unless its"
                    + " organisers closed it; it holds 100 people at once. Asking again ends the caller's earlier"
                    + " connection and keeps their place. The browser joins with openvidu-browser 2.x:"
                    + " session.connect(token).")
    @APIResponse(responseCode = "200", description = "The token and the caller's role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VideoToken.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The room is not open yet (room-not-open),"
            + " closed or over (room-closed), full (room-full); the event is face-to-face (not-online) or cancelled"
            + " (event-cancelled).")
    @APIResponse(responseCode = "503", ref = "Unavailable", description = "The video server is not configured or"
            + " does not answer within a few seconds (video-unavailable); nothing was kept.")
    public VideoToken videoToken(@PathParam("id") String id) {
        return room.token(current.require(), id);
    }

    @GET
    @Path("{id}/video-room")
    @Operation(operationId = "getEventVideoRoom", summary = "An event's video room",
            description = "Where it stands (state: NONE for a face-to-face event, NOT_YET, OPEN, CLOSED, OVER,"
                    + " CANCELLED), when it opens, whether the video server is there right now (available), the role"
                    + " the caller would join with (absent: they may not join), how many are in it, and whether the"
                    + " caller may close it. The video server is not asked.")
    @APIResponse(responseCode = "200", description = "The room",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventRoomView.class)))
    public EventRoomView videoRoom(@PathParam("id") String id) {
        return room.room(current.get(), id);
    }

    @DELETE
    @Path("{id}/video-room")
    @Operation(operationId = "closeEventVideoRoom", summary = "Close an event's video room (organisers)",
            description = "Nobody joins it again and the video server sends everyone out. Closing it again changes"
                    + " nothing.")
    @APIResponse(responseCode = "200", description = "The closed room",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventRoomView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A face-to-face (not-online) or cancelled"
            + " (event-cancelled) event.")
    public EventRoomView closeVideoRoom(@PathParam("id") String id) {
        return room.close(current.require(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeEvent", summary = "Change an event (organisers)",
            description = "The whole of POST /events' body, checked as there; capacity cannot go below the people"
                    + " registered. A cancelled event changes no more (409 event-cancelled). An occurrence of a repeating"
                    + " event changes alone, unless scope=SERIES: then every occurrence not started yet takes the"
                    + " details, on its own day (moved as this one's day moved) at the new time.")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public EventView change(@PathParam("id") String id, @QueryParam("scope") String scope, EventRequest body) {
        var identity = current.require();
        return events.change(identity, id, required(body).details(), EventService.Scope.of(scope));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelEvent", summary = "Cancel an event (organisers)",
            description = "It takes no one from then on; the registered and waiting are told (notification"
                    + " event-cancelled, by mail too). Answers the cancelled event. scope=SERIES cancels this occurrence of"
                    + " a repeating event and every later one; by default it alone.")
    @APIResponse(responseCode = "200", description = "The cancelled event")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Cancelled already (event-cancelled).")
    public EventView cancel(@PathParam("id") String id, @QueryParam("scope") String scope) {
        return events.cancel(current.require(), id, EventService.Scope.of(scope));
    }

    @POST
    @Path("{id}/registrations")
    @Operation(operationId = "registerForEvent", summary = "Register for an event (me)",
            description = "A seat (myRegistration REGISTERED), or the waiting list of a full event (WAITING); again"
                    + " changes nothing. A private event takes those invited (registering accepts the invitation)."
                    + " Refused: a full event without a waiting list (409 event-full), a cancelled (409"
                    + " event-cancelled) or finished one (409 event-over), its own organiser (409 organiser).")
    @APIResponse(responseCode = "200", description = "The event with the caller's registration")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public EventView register(@PathParam("id") String id) {
        return events.register(current.require(), id);
    }

    @DELETE
    @Path("{id}/registrations/me")
    @Operation(operationId = "unregisterFromEvent", summary = "Leave an event, or its waiting list (me)",
            description = "The seat goes to the first person waiting, who is told (notification event-seat). Leaving"
                    + " an event one is not registered for changes nothing.")
    @APIResponse(responseCode = "204", description = "Left")
    public Response unregister(@PathParam("id") String id) {
        events.unregister(current.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteToEvent", summary = "Invite people to an event (organisers)",
            description = "{\"userIds\": [profile ids]}: 1 to 100 validated people; each newly invited is told"
                    + " (notification event-invitation). One id that is nobody's refuses all (400 userIds).")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public EventView invite(@PathParam("id") String id, InvitationRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("userIds", "Send a JSON body such as {\"userIds\": [\"…\"]}.");
        }
        return events.invite(identity, id, body.userIds());
    }

    @DELETE
    @Path("{id}/invitations/me")
    @Operation(operationId = "declineEventInvitation", summary = "Decline an invitation to an event (me)",
            description = "The caller's registration, if any, ends (the first waiting takes the seat). 409"
                    + " not-invited for someone not invited.")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response decline(@PathParam("id") String id) {
        events.decline(current.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/organisers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEventOrganiser", summary = "Add a co-organiser (organisers)",
            description = "{\"userId\": profile id}: a validated person, who organises the event from then on.")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public EventView addOrganiser(@PathParam("id") String id, OrganiserRequest body) {
        var identity = current.require();
        if (body == null || body.userId() == null) {
            throw new InvalidInputException("userId", "Send a JSON body such as {\"userId\": \"…\"}.");
        }
        return events.addOrganiser(identity, id, body.userId());
    }

    // --- the event's forum (E4), through the shared discussions

    @GET
    @Path("{id}/posts")
    @Operation(operationId = "listEventThreads", summary = "The threads of an event's forum",
            description = "Pinned first, then the latest active. A public event's forum is every signed-in person's;"
                    + " a private one's its organisers' and the invited's.")
    @APIResponse(responseCode = "200", description = "A page of threads")
    public PageRepresentation<ThreadSummary> threads(@PathParam("id") String id, @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        return forum.threads(EventDiscussions.KIND, id, page, size);
    }

    @POST
    @Path("{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openEventThread", summary = "Open a thread in an event's forum",
            description = "{\"title\", \"body\"}: a title of at most 200 characters and the first post as HTML"
                    + " (sanitised). The author follows the thread; it counts for them (event-forum-post).")
    @APIResponse(responseCode = "201", description = "The thread with its first post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The event is cancelled (event-cancelled).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response openThread(@PathParam("id") String id, ThreadRequest body) {
        return forum.open(EventDiscussions.KIND, id, body,
                uri.getBaseUriBuilder().path("v1/events/{id}/posts/{thread}"));
    }

    @GET
    @Path("{id}/posts/{threadId}")
    @Operation(operationId = "getEventThread", summary = "A thread of an event's forum with a page of its posts")
    @APIResponse(responseCode = "200", description = "The thread")
    public ThreadView thread(@PathParam("id") String id, @PathParam("threadId") String threadId,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return forum.thread(EventDiscussions.KIND, id, threadId, page, size);
    }

    @PUT
    @Path("{id}/posts/{threadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateEventThread", summary = "Pin or lock a thread (organisers)",
            description = "{\"pinned\", \"locked\"}, each optional: a locked thread takes no reply.")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ThreadView moderate(@PathParam("id") String id, @PathParam("threadId") String threadId,
                               ModerationRequest body) {
        return forum.moderate(EventDiscussions.KIND, id, threadId, body);
    }

    @PUT
    @Path("{id}/posts/{threadId}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followEventThread", summary = "Follow a thread of an event's forum, or stop",
            description = "{\"following\": true|false}: a follower hears of each new reply (event-forum notices).")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ThreadView follow(@PathParam("id") String id, @PathParam("threadId") String threadId,
                             FollowingRequest body) {
        return forum.follow(EventDiscussions.KIND, id, threadId, body);
    }

    @POST
    @Path("{id}/posts/{threadId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyInEventThread", summary = "Reply in a thread of an event's forum",
            description = "{\"body\"}: HTML, sanitised. The thread's followers are told.")
    @APIResponse(responseCode = "201", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The thread is locked (thread-locked), or the"
            + " event cancelled (event-cancelled).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response reply(@PathParam("id") String id, @PathParam("threadId") String threadId, ReplyRequest body) {
        return forum.reply(EventDiscussions.KIND, id, threadId, body);
    }

    @POST
    @Path("{id}/post-removals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "removeEventPost", summary = "Remove a post of an event's forum with a reason (organisers)",
            description = "{\"postId\", \"reason\"}: the post stays in its thread as removed, its words gone.")
    @APIResponse(responseCode = "200", description = "The removed post")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PostView remove(@PathParam("id") String id, RemovalRequest body) {
        return forum.remove(EventDiscussions.KIND, id, body);
    }

    private static EventRequest required(EventRequest body) {
        if (body == null) {
            throw new InvalidInputException("title", "Send a JSON body with title, kind, format, start, end and"
                    + " visibility.");
        }
        return body;
    }
}
