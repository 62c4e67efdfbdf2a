package org.twinninglive.twinspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;

/**
 * A TwinSpace's guests (T1): teachers of a member's school whom the member invites to read the
 * space and reply in its forum, without joining the project. Members list, invite and remove
 * them; a guest removes themselves to leave. A guest's or pupil's other calls here are refused
 * (403); anyone else who is not a member gets 404.
 */
@Path("v1/projects/{id}/space/guests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "twinspace")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A guest's or a pupil's token: members manage guests.")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such space or guest, or the caller is not a"
        + " member of the project.")
public class GuestsResource {

    /** Body of POST /guests: the teacher to invite. */
    public record GuestRequest(String profileId) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    GuestService guests;

    @GET
    @Operation(operationId = "listSpaceGuests", summary = "The guests of a TwinSpace (members)",
            description = "Each guest's profile id and name, when and by whom they were invited (a null name: a"
                    + " former member), first invited first.")
    @APIResponse(responseCode = "200", description = "The guests")
    public List<GuestView> list(@PathParam("id") String id) {
        return guests.guests(signedIn(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteSpaceGuest", summary = "Invite a teacher of one's school as a guest (members)",
            description = "{\"profileId\": \"…\"}: a validated teacher the caller may see (404 otherwise) whose"
                    + " current school is the caller's (400 naming profileId otherwise). The guest reads the space and"
                    + " replies in its forum, and is told (notification space-guest-invited). Inviting a guest again"
                    + " changes nothing and answers the guest as first invited (201). Joining the project ends a guest"
                    + " seat. Refused for a member of the project (409 already-member), in an archived space (409"
                    + " space-archived), beyond 200 guests (409 space-guests-full).")
    @APIResponse(responseCode = "201", description = "The guest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuestView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response invite(@PathParam("id") String id, GuestRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("profileId", "Send a JSON body such as {\"profileId\": \"…\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(guests.invite(identity, id, body.profileId())).build();
    }

    @DELETE
    @Path("{profileId}")
    @Operation(operationId = "removeSpaceGuest", summary = "Remove a guest, or leave as one",
            description = "A member removes a guest; a guest removes themselves to leave. They no longer see the"
                    + " inside of the space; what they wrote stays.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id, @PathParam("profileId") String profileId) {
        guests.remove(current.require(), id, profileId);
        return Response.noContent().build();
    }

    /** The caller; a visitor (a read without a token) learns nothing of a space's guests: 404, as for its pages. */
    private SignedInIdentity signedIn() {
        return current.get().orElseThrow(() -> new NotFoundException("The TwinSpace"));
    }
}
