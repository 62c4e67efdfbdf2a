package org.twinninglive.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/** {@code /v1/learning/modules}: the self-learning catalogue (H2) and completions (S5). */
@Path("v1/learning/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LearningResource {

    @Inject
    CurrentIdentity current;

    @Inject
    LearningService learning;

    /** The quiz answers: step position (as JSON object keys are text) → index of the chosen answer (0-based). */
    public record CompletionRequest(Map<String, Integer> answers) {

        Map<Integer, Integer> byPosition() {
            var byPosition = new HashMap<Integer, Integer>();
            if (answers != null) {
                answers.forEach((position, choice) -> {
                    try {
                        byPosition.put(Integer.valueOf(position.strip()), choice);
                    } catch (NumberFormatException notAPosition) {
                        throw new InvalidInputException("answers", "answers are keyed by step position, such as \"4\".");
                    }
                });
            }
            return byPosition;
        }
    }

    @GET
    @Operation(summary = "The catalogue", description = "Every module; completed is the caller's own state.")
    public List<ModuleSummary> catalogue() {
        return learning.catalogue(current.get());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A module with its steps", description = "By id or slug; quiz steps list their choices.")
    public ModuleDetail module(@PathParam("id") String id) {
        return learning.module(id);
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a module", description = "Send the quiz answers. 400 names a wrong answer;"
            + " 404 for an unknown module. A user's completion credits SELF_LEARNING once per module;"
            + " a partner system's counts for nobody.")
    public Completion complete(@PathParam("id") String id, CompletionRequest request) {
        return learning.complete(current.get(), id, request == null ? Map.of() : request.byPosition());
    }
}
