package org.twinninglive.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform figures. The service allows the css role only; others get 403. */
@Path("v1/admin/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class StatisticsResource {

    @Inject
    PlatformStatisticsService statistics;

    @GET
    @Operation(operationId = "getStatistics", summary = "Platform figures",
            description = "Counts of profiles and schools. Central Support Service only.")
    @APIResponse(responseCode = "200", description = "The figures now")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
    public PlatformStatistics current() {
        return statistics.current();
    }
}
