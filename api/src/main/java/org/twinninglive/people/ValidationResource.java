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
public class ValidationResource {

    /** Body of POST /validations/{userId}. */
    public record DecisionRequest(String decision, String reason) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    ValidationService validations;

    @GET
    @Operation(summary = "The review queue", description = "nss only: accounts of the officer's country, oldest"
            + " first; status PENDING (default), VALIDATED or REJECTED.")
    public PageRepresentation<ValidationView> queue(@QueryParam("status") String status,
                                                    @QueryParam("page") String page,
                                                    @QueryParam("size") String size) {
        return PageRepresentation.of(validations.queue(current.require(), status, PageRequest.parse(page, size)), v -> v);
    }

    @POST
    @Path("{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide", description = "{\"decision\": \"APPROVE\"|\"REJECT\", \"reason\": ...}; a"
            + " rejection needs a reason. 404 for an account of another country.")
    public ValidationView decide(@PathParam("userId") String userId, DecisionRequest body) {
        if (body == null) {
            throw new InvalidInputException("decision", "Send a JSON body such as {\"decision\": \"APPROVE\"}.");
        }
        return validations.decide(current.require(), userId, ValidationService.Decision.of(body.decision()),
                body.reason());
    }
}
