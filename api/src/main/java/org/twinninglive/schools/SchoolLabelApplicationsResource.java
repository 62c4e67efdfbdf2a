package org.twinninglive.schools;

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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.PageRepresentation;

/**
 * The nss side of the eTwinning School label: an officer decides the applications of the schools
 * of their country; nobody else has a queue (403), and an application of another country is not
 * found (404). Teachers apply at {@code POST /schools/{id}/label-applications} ({@link SchoolResource}).
 */
@Path("v1/school-label-applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an nss officer, or one without a country.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class SchoolLabelApplicationsResource {

    /** Body of POST /school-label-applications/{id}/decision. */
    public record DecisionRequest(String decision, String reason) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    SchoolLabelService labels;

    @GET
    @Operation(operationId = "listSchoolLabelQueue", summary = "The eTwinning School label applications I decide",
            description = "nss only: the applications of the schools of the officer's country in a status, PENDING"
                    + " (default), APPROVED or REJECTED; the longest waiting first. Paged.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    public PageRepresentation<SchoolLabelView> queue(@QueryParam("status") String status,
                                                     @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        return PageRepresentation.of(labels.queue(current.require(), statusOf(status), PageRequest.parse(page, size)),
                a -> a);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideSchoolLabelApplication", summary = "Approve or reject a school's application",
            description = "{\"decision\": \"APPROVE\"|\"REJECT\", \"reason\"}: a rejection needs a reason (at most"
                    + " 2,000 characters), which the applicant reads. An approval gives the school the eTwinning School"
                    + " label for two school years: until the 31 August that ends the school year after the current"
                    + " one, or in July and August, after the coming one (validUntil; GET /schools/{id} shows it as"
                    + " labelledUntil).")
    @APIResponse(responseCode = "200", description = "The application, decided")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No such application, or one of another country.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Decided already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public SchoolLabelView decide(@PathParam("id") String id, DecisionRequest body) {
        if (body == null || body.decision() == null) {
            throw new InvalidInputException("decision", "Send a JSON body such as {\"decision\": \"APPROVE\"}.");
        }
        String decision = body.decision().strip().toUpperCase(Locale.ROOT);
        if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
            throw new InvalidInputException("decision", "decision is APPROVE or REJECT.");
        }
        return labels.decide(current.require(), id, decision.equals("APPROVE"), body.reason());
    }

    private static SchoolLabelStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return SchoolLabelStatus.PENDING;
        }
        try {
            return SchoolLabelStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "status is PENDING, APPROVED or REJECTED.");
        }
    }
}
