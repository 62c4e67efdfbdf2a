package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/health}: 200 when this node can serve, 503 when its database does not answer. */
@Path("v1/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    @SecurityRequirements
    @Operation(summary = "Health of this node", description = "No token needed. 503 when the database does not answer.")
    public Response check() {
        boolean database = health.databaseAnswers();
        var body = Map.of("status", database ? "UP" : "DOWN", "checks", Map.of("database", database ? "UP" : "DOWN"));
        return Response.status(database ? 200 : 503).entity(body).build();
    }
}
