package org.twinninglive.twinspace;

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

/**
 * A TwinSpace's pupils (T2), for the project's teachers: the parents' consent, logins for a class
 * with their access codes (shown once), new passwords, pupil-administrators, removals, a pupil's
 * data, and how long logins last after a close (T3). A pupil's own token is refused here (403);
 * anyone else who is not a member gets 404.
 */
@Path("v1/projects/{id}/space/pupils")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "twinspace")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A pupil's token: pupils do not manage logins.")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such space or pupil, or the caller is not a"
        + " member of the project.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class PupilsResource {

    /** Body of POST /pupils: one nickname per pupil (no real name needed), and whether they are pupil-administrators. */
    public record NewPupilsRequest(List<String> nicknames, Boolean administrators) {
    }

    /** The access codes of the logins just made, shown this once. */
    public record AccessCodes(List<AccessCode> codes) {
    }

    /** Body of PUT /pupils/settings. */
    public record SettingsRequest(Integer graceDays) {
    }

    /** Body of PUT /pupils/{pupilId}. */
    public record PupilRequest(Boolean administrator) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    PupilService pupils;

    @GET
    @Operation(operationId = "listSpacePupils", summary = "The pupils of a TwinSpace (teachers)",
            description = "Whether a teacher confirmed the parents' consent (no pupil before), the days pupils may"
                    + " still sign in after the project closes (graceDays), and the pupils: nickname, user name, role.")
    @APIResponse(responseCode = "200", description = "The pupils and settings")
    public PupilsView list(@PathParam("id") String id) {
        return pupils.pupils(signedIn(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSpacePupils", summary = "Make pupil logins for a class (teachers)",
            description = "{\"nicknames\": [\"Ana\", \"Ben\"], \"administrators\": false}: 1 to 40 nicknames of at"
                    + " most 40 characters. Each pupil gets a generated user name and password, accounts of the realm"
                    + " twinning-pupils that sign in at /pupil-login; the answer is the only time the passwords are"
                    + " shown (print them). Refused before the parents' consent is confirmed (409 consent-needed), in"
                    + " an archived space (409 space-archived), beyond 300 pupils (409 space-pupils-full).")
    @APIResponse(responseCode = "201", description = "The access codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessCodes.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response create(@PathParam("id") String id, NewPupilsRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("nicknames", "Send a JSON body such as {\"nicknames\": [\"Ana\", \"Ben\"]}.");
        }
        var codes = pupils.create(identity, id, body.nicknames(), Boolean.TRUE.equals(body.administrators()));
        return Response.status(Response.Status.CREATED).entity(new AccessCodes(codes)).build();
    }

    @POST
    @Path("consent")
    @Operation(operationId = "confirmPupilConsent", summary = "Confirm the parents' consent (teachers)",
            description = "The teacher confirms that the school holds the consent of the pupils' parents: pupils may"
                    + " be made from then on. Confirming again changes nothing.")
    @APIResponse(responseCode = "200", description = "The pupils and settings")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    public PupilsView confirmConsent(@PathParam("id") String id) {
        return pupils.confirmConsent(current.require(), id);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPupilSettings", summary = "How long pupils sign in after a close (teachers)",
            description = "{\"graceDays\": 14}: 0 to 365 days after the project closes, during which its pupils may"
                    + " still sign in and read (T3). Needs the parents' consent confirmed (409 consent-needed).")
    @APIResponse(responseCode = "200", description = "The pupils and settings")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PupilsView settings(@PathParam("id") String id, SettingsRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("graceDays", "Send a JSON body such as {\"graceDays\": 14}.");
        }
        return pupils.graceDays(identity, id, body.graceDays());
    }

    @POST
    @Path("{pupilId}/password")
    @Operation(operationId = "resetPupilPassword", summary = "Give a pupil a new password (teachers)",
            description = "A new generated password, shown this once; the old one stops working.")
    @APIResponse(responseCode = "200", description = "The pupil's new access code")
    public AccessCode resetPassword(@PathParam("id") String id, @PathParam("pupilId") String pupilId) {
        return pupils.resetPassword(current.require(), id, pupilId);
    }

    @PUT
    @Path("{pupilId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSpacePupil", summary = "Make a pupil a pupil-administrator, or not (teachers)",
            description = "{\"administrator\": true}: a pupil-administrator also edits pages and opens threads.")
    @APIResponse(responseCode = "200", description = "The pupil")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PupilView set(@PathParam("id") String id, @PathParam("pupilId") String pupilId, PupilRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("administrator", "Send a JSON body such as {\"administrator\": true}.");
        }
        return pupils.administrator(identity, id, pupilId, body.administrator());
    }

    @DELETE
    @Path("{pupilId}")
    @Operation(operationId = "removeSpacePupil", summary = "Remove a pupil (teachers)",
            description = "The login ends at once; the pupil's wall posts and the words of their forum posts go with"
                    + " it (the posts stay in their threads, as removed).")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id, @PathParam("pupilId") String pupilId) {
        pupils.remove(current.require(), id, pupilId);
        return Response.noContent().build();
    }

    @GET
    @Path("{pupilId}/data")
    @Operation(operationId = "getSpacePupilData", summary = "Everything held about a pupil (teachers)",
            description = "The login (nickname, user name, role, when made), the pupil's wall posts and forum posts:"
                    + " for a parent's request.")
    @APIResponse(responseCode = "200", description = "The pupil's data")
    public PupilData data(@PathParam("id") String id, @PathParam("pupilId") String pupilId) {
        return pupils.data(signedIn(), id, pupilId);
    }

    /** The caller; a visitor (a read without a token) learns nothing of a space's pupils: 404, as for its pages. */
    private org.twinninglive.platform.SignedInIdentity signedIn() {
        return current.get().orElseThrow(() -> new NotFoundException("The TwinSpace"));
    }
}
