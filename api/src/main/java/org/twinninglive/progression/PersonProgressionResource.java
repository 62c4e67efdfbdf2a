package org.twinninglive.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;

/** {@code /v1/people/{id}/progression}: a person's bar, for whoever may see their profile (S4). */
@Path("v1/people/{id}/progression")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progression")
public class PersonProgressionResource {

    @Inject
    CurrentIdentity current;

    @Inject
    ProgressionService progression;

    @GET
    @Operation(summary = "A person's progression", description = "Overall and per area (points, maximum, percent)."
            + " 404 when the profile does not exist or is not visible to the caller.")
    public BarRepresentation bar(@PathParam("id") String profileId) {
        return BarRepresentation.of(progression.barOf(current.get(), profileId));
    }
}
