package org.twinninglive.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;

/** {@code /v1/people/{id}/progression}: a person's bar, for whoever may see their profile (S4). */
@Path("v1/people/{id}/progression")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progression")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class PersonProgressionResource {

    @Inject
    CurrentIdentity current;

    @Inject
    ProgressionService progression;

    @GET
    @Operation(operationId = "getProgression", summary = "A person's progression",
            description = "Overall and per area (points, maximum, percent). 404 when the profile does not exist or is"
                    + " not visible to the caller.")
    @APIResponse(responseCode = "200", description = "The person's bar")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No such profile, or one the caller may not see.")
    public BarRepresentation bar(@PathParam("id") String profileId) {
        return BarRepresentation.of(progression.barOf(current.get(), profileId));
    }
}
