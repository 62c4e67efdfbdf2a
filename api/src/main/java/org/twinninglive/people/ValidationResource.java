package org.twinninglive.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/** The nss review of teachers' accounts (U6): each officer sees their own country only. */
@Path("v1/validations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "validations")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an nss officer, or one without a country.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class ValidationResource {

    /** Body of POST /validations/{userId}. */
    public record DecisionRequest(String decision, String reason) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    ValidationService validations;

    @GET
    @Operation(operationId = "listValidations", summary = "The review queue",
            description = "nss only: accounts of the officer's country, oldest first; status PENDING (default),"
                    + " VALIDATED or REJECTED.")
    @APIResponse(responseCode = "200", description = "A page of the queue, oldest first")
    public PageRepresentation<ValidationView> queue(@QueryParam("status") String status,
                                                    @QueryParam("page") String page,
                                                    @QueryParam("size") String size) {
        return PageRepresentation.of(validations.queue(current.require(), status, PageRequest.parse(page, size)), v -> v);
    }

    @POST
    @Path("{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideValidation", summary = "Decide",
            description = "{\"decision\": \"APPROVE\"|\"REJECT\", \"reason\": ...}; a rejection needs a reason."
                    + " 404 for an account of another country.")
    @APIResponse(responseCode = "200", description = "The account as decided")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such account in the officer's country.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ValidationView decide(@PathParam("userId") String userId, DecisionRequest body) {
        if (body == null) {
            throw new InvalidInputException("decision", "Send a JSON body such as {\"decision\": \"APPROVE\"}.");
        }
        return validations.decide(current.require(), userId, ValidationService.Decision.of(body.decision()),
                body.reason());
    }
}
