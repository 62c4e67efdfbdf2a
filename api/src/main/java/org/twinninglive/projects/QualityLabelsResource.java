package org.twinninglive.projects;

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
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * The reviewers' side of quality labels (P5): an nss officer reviews the national applications of
 * their country, the css the European ones; nobody else has a queue (403), and an application not
 * theirs to decide is not found (404).
 */
@Path("v1/quality-label-applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quality labels")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an nss or css officer.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class QualityLabelsResource {

    /** Body of POST /quality-label-applications/{id}/review. */
    public record ReviewRequest(String decision, Map<String, Integer> scores, Map<String, String> comments,
                                String reason) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    QualityLabelService labels;

    @GET
    @Operation(operationId = "listLabelApplications", summary = "The applications I review",
            description = "status PENDING (default), APPROVED or REJECTED; the longest waiting first. National ones of"
                    + " the officer's country for an nss, European ones for the css.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    public PageRepresentation<QualityLabelView> queue(@QueryParam("status") String status,
                                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageRepresentation.of(labels.queue(current.require(), statusOf(status), PageRequest.parse(page, size)),
                a -> a);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewLabelApplication", summary = "Score and decide an application",
            description = "{\"decision\": \"APPROVE\"|\"REJECT\", \"scores\": {criterion: 0–5, for all five},"
                    + " \"comments\": {criterion: text}, \"reason\"}: a rejection needs a reason, which the applicant"
                    + " reads. An approval gives the project the label: it shows on the project and in search"
                    + " (label=), and its teachers may download the label's certificate.")
    @APIResponse(responseCode = "200", description = "The application, reviewed")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such application, or not the caller's to review.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Reviewed already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public QualityLabelView review(@PathParam("id") String id, ReviewRequest body) {
        if (body == null || body.decision() == null) {
            throw new InvalidInputException("decision", "Send a JSON body such as {\"decision\": \"APPROVE\","
                    + " \"scores\": {...}}.");
        }
        String decision = body.decision().strip().toUpperCase(Locale.ROOT);
        if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
            throw new InvalidInputException("decision", "decision is APPROVE or REJECT.");
        }
        var scores = new EnumMap<QualityCriterion, Integer>(QualityCriterion.class);
        var comments = new EnumMap<QualityCriterion, String>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            if (body.scores() != null) {
                scores.put(criterion, body.scores().get(criterion.key()));
            }
            if (body.comments() != null) {
                comments.put(criterion, body.comments().get(criterion.key()));
            }
        }
        return labels.review(current.require(), id, decision.equals("APPROVE"), scores, comments, body.reason());
    }

    private static ApprovalStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return ApprovalStatus.PENDING;
        }
        try {
            return ApprovalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "status is PENDING, APPROVED or REJECTED.");
        }
    }
}
