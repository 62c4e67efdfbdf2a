package org.twinninglive.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rule table of progression (S6): everyone reads it, the Central Support Service changes it. */
@Path("v1/progression")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progression")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class RulesResource {

    @Inject
    ProgressionService progression;

    /** After a change: the new rules, and the re-computation of every bar that it started. */
    public record RulesChanged(List<RuleView> rules, RecomputationStatus recomputation) {
    }

    @GET
    @Path("rules")
    @Operation(operationId = "listRules", summary = "The rules",
            description = "Per action category: area, points per action, cap (actions that count).")
    @APIResponse(responseCode = "200", description = "Every rule, in the order of the table")
    public List<RuleView> rules() {
        return progression.rules();
    }

    @PUT
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeRules", summary = "Change points and caps",
            description = "Central Support Service only. Body: a list of {category, points, cap}; all or none are"
                    + " applied. Answers 202: every bar is then re-computed in the background (see GET"
                    + " /v1/progression/recomputation). 409 while a re-computation runs.")
    @APIResponse(responseCode = "202", description = "Applied; the re-computation of every bar has started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RulesChanged.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A re-computation runs.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response change(List<RuleChange> changes) {
        var rules = progression.changeRules(changes);
        return Response.accepted(new RulesChanged(rules, progression.recomputation())).build();
    }

    @GET
    @Path("recomputation")
    @Operation(operationId = "getRecomputation", summary = "Re-computation progress",
            description = "Central Support Service only. Whether bars are being re-computed, and how far; failed: it"
                    + " stopped on an error (it resumes where it stopped).")
    @APIResponse(responseCode = "200", description = "Where the re-computation stands")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
    public RecomputationStatus recomputation() {
        return progression.recomputation();
    }

    @POST
    @Path("recomputation")
    @Operation(operationId = "resumeRecomputation", summary = "Resume a stopped re-computation",
            description = "Central Support Service only. Answers 202 and continues after the last batch written; 409"
                    + " when one runs or none is pending.")
    @APIResponse(responseCode = "202", description = "Resumed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecomputationStatus.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "One runs, or none is pending.")
    public Response resume() {
        return Response.accepted(progression.resumeRecomputation()).build();
    }
}
