package org.twinninglive.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/** The caller's contacts and contact requests (C2), and the feed of people they follow (C1). */
@Path("v1/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class ContactsResource {

    /** Body of POST /contacts/requests. */
    public record InvitationRequest(String to) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    ContactService contacts;

    @GET
    @Operation(operationId = "listContacts", summary = "My contacts",
            description = "People, most recent contact first.")
    @APIResponse(responseCode = "200", description = "A page of the caller's contacts")
    public PageRepresentation<PersonSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageRepresentation.of(contacts.contacts(current.require(), PageRequest.parse(page, size)), p -> p);
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "removeContact", summary = "Remove a contact",
            description = "For both sides; 404 if not a contact.")
    @APIResponse(responseCode = "204", description = "No longer contacts")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a contact of the caller.")
    public Response remove(@PathParam("userId") String userId) {
        contacts.remove(current.require(), userId);
        return Response.noContent().build();
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteToContacts", summary = "Invite to contacts",
            description = "{\"to\": id}. 201 {\"id\", \"status\": \"PENDING\"}; asking again answers the same request;"
                    + " if they already asked you, it is accepted. 400 for yourself, 403 if they do not accept"
                    + " requests, 404 if unknown or hidden from you, 409 if already contacts. A person who hid their"
                    + " profile from you since appears in a request with their id only.")
    @APIResponse(responseCode = "201", description = "The request: pending, or accepted when they had asked the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "They do not accept contact requests, or the"
            + " caller is a partner system or a deleted account.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such person, or one hidden from the caller.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Already contacts.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response request(InvitationRequest body) {
        if (body == null) {
            throw new InvalidInputException("to", "Send a JSON body such as {\"to\": \"<profile id>\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(contacts.request(current.require(), body.to())).build();
    }

    @GET
    @Path("requests")
    @Operation(operationId = "listContactRequests", summary = "Pending requests",
            description = "direction=incoming (default) or outgoing.")
    @APIResponse(responseCode = "200", description = "A page of the pending requests")
    public PageRepresentation<RequestView> requests(@QueryParam("direction") String direction,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        boolean incoming = direction == null || direction.isBlank() || "incoming".equalsIgnoreCase(direction);
        if (!incoming && !"outgoing".equalsIgnoreCase(direction)) {
            throw new InvalidInputException("direction", "direction must be incoming or outgoing.");
        }
        return PageRepresentation.of(contacts.requests(current.require(), incoming, PageRequest.parse(page, size)),
                r -> r);
    }

    @POST
    @Path("requests/{id}/accept")
    @Operation(operationId = "acceptContactRequest", summary = "Accept a request sent to me")
    @APIResponse(responseCode = "200", description = "The request, accepted: the two are contacts")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such request sent to the caller.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The request was already answered or cancelled.")
    public RequestView accept(@PathParam("id") String id) {
        return contacts.accept(current.require(), id);
    }

    @POST
    @Path("requests/{id}/decline")
    @Operation(operationId = "declineContactRequest", summary = "Decline a request sent to me")
    @APIResponse(responseCode = "200", description = "The request, declined")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such request sent to the caller.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The request was already answered or cancelled.")
    public RequestView decline(@PathParam("id") String id) {
        return contacts.decline(current.require(), id);
    }

    @DELETE
    @Path("requests/{id}")
    @Operation(operationId = "cancelContactRequest", summary = "Cancel a request I sent")
    @APIResponse(responseCode = "200", description = "The request, cancelled")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such request sent by the caller.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The request was already answered or cancelled.")
    public RequestView cancel(@PathParam("id") String id) {
        return contacts.cancel(current.require(), id);
    }

    @GET
    @Path("feed")
    @Operation(operationId = "getFeed", summary = "My feed",
            description = "Latest public activity of the people I follow and may see, newest first.")
    @APIResponse(responseCode = "200", description = "A page of the feed, newest first")
    public PageRepresentation<FeedItem> feed(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageRepresentation.of(contacts.feed(current.require(), PageRequest.parse(page, size)), item -> item);
    }
}
