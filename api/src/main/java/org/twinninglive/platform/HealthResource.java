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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/health}: 200 when this node can serve, 503 with Retry-After when its
 * database does not answer.
 */
@Path("v1/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    @SecurityRequirements
    @Operation(operationId = "checkHealth", summary = "Health of this node",
            description = "No token needed. 503 when the database does not answer.")
    @APIResponse(responseCode = "200", description = "This node can serve.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Health")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "503", description = "The database does not answer: send this node no traffic for now.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Health")))
    public Response check() {
        boolean database = health.databaseAnswers();
        var body = Map.of("status", database ? "UP" : "DOWN", "checks", Map.of("database", database ? "UP" : "DOWN"));
        if (!database) {
            return Response.status(503).header("Retry-After", Outages.RETRY_AFTER_SECONDS).entity(body).build();
        }
        return Response.ok(body).build();
    }
}
