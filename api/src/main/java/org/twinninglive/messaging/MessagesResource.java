package org.twinninglive.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * The caller's internal mail (N3): threads by folder, a thread with its messages, new threads,
 * replies, the unread count. Bodies are HTML, answered sanitised ({@code body}) with their
 * plain-text form ({@code bodyText}). A thread the caller is not in, or a recipient they may not
 * see, is not found. Only people have mail: partner systems are refused.
 */
@Path("v1/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messages")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class MessagesResource {

    /** Body of POST /messages/threads/{id}/replies. */
    public record ReplyRequest(String body, List<String> attachments) {
    }

    /** A thread with a page of its messages, oldest first. */
    public record ThreadRepresentation(String id, String subject, List<PersonSummary> participants,
                                       Instant startedAt, Instant lastMessageAt, boolean unread,
                                       PageRepresentation<MessageView> messages) {

        static ThreadRepresentation of(ThreadDetail thread, PageRepresentation<MessageView> messages) {
            return new ThreadRepresentation(thread.id(), thread.subject(), thread.participants(), thread.startedAt(),
                    thread.lastMessageAt(), thread.unread(), messages);
        }
    }

    /** Body of GET /messages/unread-count. */
    public record UnreadRepresentation(long unread) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    MessageService messages;

    @Context
    UriInfo uri;

    @GET
    @Path("threads")
    @Operation(operationId = "listMessageThreads", summary = "My threads",
            description = "folder=inbox (default: threads in which someone else wrote to me, by the latest message"
                    + " received) or sent (threads in which I wrote, by the latest message I sent). q: words of the"
                    + " subject or of a message, case and accents ignored (at most 200 characters).")
    @APIResponse(responseCode = "200", description = "A page of the caller's threads in the folder, latest first")
    public PageRepresentation<ThreadSummary> threads(@QueryParam("folder") String folder, @QueryParam("q") String q,
                                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        var request = PageRequest.parse(page, size);
        return PageRepresentation.of(messages.threads(current.require(), Folder.of(folder), q, request), t -> t);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendMessage", summary = "Start a thread",
            description = "{\"to\": [profile ids, 1 to 20], \"subject\": one line of at most 200 characters,"
                    + " \"body\": HTML (sanitised; at most 20,000 characters once sanitised), \"attachments\": [ids of"
                    + " files uploaded through POST /v1/files, at most 10]}. The recipients must be the caller's"
                    + " contacts who accept messages. 400 names the field (to, subject, body, attachments), also for"
                    + " writing to oneself; 403 says why a recipient may not be written to; 404 when a recipient is"
                    + " unknown or hidden from the caller.")
    @APIResponse(responseCode = "201", description = "The new thread, with its first message",
            headers = @Header(name = "Location", description = "The thread's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThreadRepresentation.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A recipient is not a contact of the caller,"
            + " or does not accept messages; or the caller is a partner system or a deleted account.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "A recipient is unknown or hidden from the caller.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response send(NewMessage body) {
        var identity = current.require();
        var thread = messages.start(identity, body);
        var first = new PageRequest(0, PageRequest.DEFAULT_SIZE);
        var representation = ThreadRepresentation.of(thread,
                PageRepresentation.of(messages.messages(identity, thread.id(), first), m -> m));
        return Response.created(uri.getBaseUriBuilder().path("v1/messages/threads/{id}").build(thread.id()))
                .entity(representation)
                .build();
    }

    @GET
    @Path("threads/{id}")
    @Operation(operationId = "getMessageThread", summary = "A thread and its messages",
            description = "Participants and a page of the messages, oldest first (page, size). Reading it does not"
                    + " mark it read: POST .../read does.")
    @APIResponse(responseCode = "200", description = "The thread with a page of its messages")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread, or one the caller is not in.")
    public ThreadRepresentation thread(@PathParam("id") String id, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        var request = PageRequest.parse(page, size);
        var identity = current.require();
        var thread = messages.thread(identity, id);
        return ThreadRepresentation.of(thread, PageRepresentation.of(messages.messages(identity, id, request), m -> m));
    }

    @POST
    @Path("threads/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToMessageThread", summary = "Reply in a thread",
            description = "{\"body\": HTML, \"attachments\": [file ids]}. Every other participant receives it, also one"
                    + " who stopped accepting new messages since. 403 when nobody else is left in the thread.")
    @APIResponse(responseCode = "201", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Nobody else is left in the thread; or the"
            + " caller is a partner system or a deleted account.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread, or one the caller is not in.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response reply(@PathParam("id") String id, ReplyRequest body) {
        var reply = messages.reply(current.require(), id, body == null ? null : body.body(),
                body == null ? null : body.attachments());
        return Response.status(Response.Status.CREATED).entity(reply).build();
    }

    @POST
    @Path("threads/{id}/read")
    @Operation(operationId = "markMessageThreadRead", summary = "Mark a thread read",
            description = "Up to its latest message; the unread count goes down by one if it was unread.")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such thread, or one the caller is not in.")
    public Response read(@PathParam("id") String id) {
        messages.markRead(current.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "getUnreadMessageCount", summary = "How many threads are unread",
            description = "The envelope's number: threads in which someone wrote since the caller last read them.")
    @APIResponse(responseCode = "200", description = "The number of unread threads")
    public UnreadRepresentation unread() {
        return new UnreadRepresentation(messages.unreadCount(current.require()));
    }
}
