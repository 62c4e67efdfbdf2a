package org.twinninglive.onboarding;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/** The versions of the terms of use and privacy notice (J1). */
@Path("v1/terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "joining")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class TermsResource {

    /** Body of POST /terms. */
    public record TermsRequest(String version, String summary) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    TermsService terms;

    @GET
    @SecurityRequirements
    @Operation(operationId = "getTerms", summary = "The terms in force (no sign-in)",
            description = "The version of the terms of use and privacy notice in force, since when, and what changed;"
                    + " public, as the pages /terms and /privacy are.")
    @APIResponse(responseCode = "200", description = "The version in force")
    public TermsView inForce() {
        return terms.current();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishTerms", summary = "Publish a new version of the terms (css)",
            description = "{\"version\", \"summary\"}: in force at once; every member accepts it again before their"
                    + " next page (the API keeps answering them; GET /me/joining says whether they have).")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "That version was published already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response publish(TermsRequest body) {
        if (body == null) {
            throw new InvalidInputException("version", "Send a JSON body such as {\"version\": \"2027-01\", \"summary\": \"...\"}.");
        }
        var published = terms.publish(current.require(), body.version(), body.summary());
        return Response.status(Response.Status.CREATED).entity(published).build();
    }

    @DELETE
    @Path("{version}")
    @Operation(operationId = "withdrawTerms", summary = "Withdraw the version in force, published by mistake (css)",
            description = "The version before is in force again; the acceptances of the withdrawn one are removed.")
    @APIResponse(responseCode = "200", description = "The version in force again")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Not the version in force, or the only one.")
    public TermsView withdraw(@PathParam("version") String version) {
        return terms.withdraw(current.require(), version);
    }
}
