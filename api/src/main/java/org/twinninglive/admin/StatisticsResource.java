package org.twinninglive.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform figures. The service allows the css role only; others get 403. */
@Path("v1/admin/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class StatisticsResource {

    @Inject
    PlatformStatisticsService statistics;

    @GET
    @Operation(summary = "Platform figures", description = "Counts of profiles and schools. Central Support Service only.")
    public PlatformStatistics current() {
        return statistics.current();
    }
}
