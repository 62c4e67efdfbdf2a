package org.twinninglive.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.people.Language;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/**
 * {@code /v1/learning/modules}: the self-learning catalogue (H2) and completions (S5). Modules
 * read in the language of the Accept-Language header: its first (by weight) of en, es, fr and
 * de, else English; English stands in for any text not translated.
 */
@Path("v1/learning/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class LearningResource {

    private static final String LANGUAGES = "Titles, summaries and steps are in the language of Accept-Language"
            + " (en, es, fr or de; English by default), English where a text is not translated.";
    private static final String LANGUAGE_ASKED = "The language to read: en, es, fr or de; English for any other or none.";

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
    @Operation(operationId = "listModules", summary = "The catalogue",
            description = "Every module; completed is the caller's own state. " + LANGUAGES)
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, example = "es",
            description = LANGUAGE_ASKED, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Every module, in the order of the catalogue")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "The account was deleted.")
    public List<ModuleSummary> catalogue(@Context HttpHeaders headers) {
        return learning.catalogue(current.get(), languageOf(headers));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getModule", summary = "A module with its steps",
            description = "By id or slug; quiz steps list their choices, in the same order in every language. " + LANGUAGES)
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, example = "es",
            description = LANGUAGE_ASKED, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The module, without the right answers")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No module of this id or slug.")
    public ModuleDetail module(@PathParam("id") String id, @Context HttpHeaders headers) {
        return learning.module(id, languageOf(headers));
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeModule", summary = "Complete a module",
            description = "Send the quiz answers. 400 names a wrong answer; 404 for an unknown module. A user's"
                    + " completion credits SELF_LEARNING once per module; a partner system's counts for nobody.")
    @APIResponse(responseCode = "200", description = "What the completion counted")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "The account was deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No module of this id or slug.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Completion complete(@PathParam("id") String id, CompletionRequest request) {
        // the language only words the pages' text of a wrong answer; problem details are in English
        return learning.complete(current.get(), id, request == null ? Map.of() : request.byPosition(), Locale.ENGLISH);
    }

    /** The first acceptable language (the header's order is by weight) that modules are written in. */
    private static Locale languageOf(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .map(acceptable -> Language.find(acceptable.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Language.DEFAULT)
                .locale();
    }
}
