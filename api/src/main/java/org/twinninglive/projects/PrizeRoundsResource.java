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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * The European Prizes (P5): the css opens rounds and marks their winners; founders and partners
 * of projects holding the European Quality Label apply within a round's period. Rounds and their
 * winners are public, read without a token; a round's applications are the css's.
 */
@Path("v1/prize-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "prizes")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class PrizeRoundsResource {

    /** Body of POST /prize-rounds: the days as ISO dates (2027-03-01). */
    public record RoundRequest(String name, List<String> categories, String opensOn, String closesOn) {
    }

    /** Body of POST /prize-rounds/{id}/applications. */
    public record ApplicationRequest(String projectId, String category, String summary) {
    }

    /** Body of POST /prize-rounds/{id}/winners: the application, and its category to confirm it (optional). */
    public record WinnerRequest(String applicationId, String category) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    PrizeService prizes;

    @Context
    UriInfo uri;

    @GET
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "listPrizeRounds", summary = "The prize rounds (no token needed)",
            description = "The latest period first, each with its categories, its period (opensOn, closesOn: days"
                    + " in UTC, both included), its status today (UPCOMING, OPEN, CLOSED) and its winners."
                    + " Applications are read on a round, by the css.")
    @APIResponse(responseCode = "200", description = "A page of rounds")
    public PageRepresentation<PrizeRoundView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageRepresentation.of(prizes.rounds(current.get(), PageRequest.parse(page, size)), r -> r);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openPrizeRound", summary = "Open a prize round (css)",
            description = "{\"name\", \"categories\": [\"Age 4-11\", \"STEM\", …], \"opensOn\": \"2027-03-01\","
                    + " \"closesOn\": \"2027-03-31\"}: one to 20 distinct categories of at most 100 characters; the"
                    + " period ends on or after the day it opens and not before today (days in UTC). 400 names the"
                    + " field (categories[i] for one category).")
    @APIResponse(responseCode = "201", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PrizeRoundView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the css.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response open(RoundRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("name", "Send a JSON body such as {\"name\": \"European Prizes 2027\","
                    + " \"categories\": [\"Age 4-11\"], \"opensOn\": \"2027-03-01\", \"closesOn\": \"2027-03-31\"}.");
        }
        var round = prizes.open(identity, body.name(), body.categories(), day(body.opensOn(), "opensOn"),
                day(body.closesOn(), "closesOn"));
        return Response.created(uri.getBaseUriBuilder().path("v1/prize-rounds/{id}").build(round.id()))
                .entity(round).build();
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getPrizeRound", summary = "A prize round (no token needed)",
            description = "Its categories, period, status today and winners (by category); for the css also its"
                    + " first " + PrizeService.MOST_APPLICATIONS_READ + " applications (the oldest), by category,"
                    + " oldest first.")
    @APIResponse(responseCode = "200", description = "The round as the caller may see it")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such round.")
    public PrizeRoundView get(@PathParam("id") String id) {
        return prizes.round(current.get(), id);
    }

    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyForPrize", summary = "Apply for a European Prize",
            description = "{\"projectId\", \"category\", \"summary\"}: a founder or partner of a project holding the"
                    + " European Quality Label, within the round's period, once a round per project; category is one"
                    + " of the round's (accents and case ignored), summary optional (at most 2,000 characters). A"
                    + " refusal is a 409 whose type ends with its cause: prize-round-not-open or prize-round-closed"
                    + " (the detail says the period's days), european-quality-label-missing, prize-already-applied.")
    @APIResponse(responseCode = "201", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PrizeApplicationView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a founder or partner of the project.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such round, or a project the caller may"
            + " not know of.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Refused, with its cause in type.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response apply(@PathParam("id") String id, ApplicationRequest body) {
        var identity = current.require();
        if (body == null || body.projectId() == null || body.projectId().isBlank()) {
            throw new InvalidInputException("projectId", "Send a JSON body such as {\"projectId\": \"<project id>\","
                    + " \"category\": \"STEM\"}.");
        }
        var application = prizes.apply(identity, id, body.projectId().strip(), body.category(), body.summary());
        return Response.status(Response.Status.CREATED).entity(application).build();
    }

    @POST
    @Path("{id}/winners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markPrizeWinner", summary = "Mark a winner (css)",
            description = "{\"applicationId\", \"category\"}: one of the round's applications wins its category (one"
                    + " or more winners a category); category, when sent, must be the application's (409"
                    + " prize-other-category). An application wins once (409 prize-already-won). The applicant is"
                    + " notified; every member of the project may then download its prize certificate.")
    @APIResponse(responseCode = "200", description = "The round, with its winners and applications")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the css.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such round, or no such application in it.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Already a winner, or in another category.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PrizeRoundView markWinner(@PathParam("id") String id, WinnerRequest body) {
        var identity = current.require();
        if (body == null || body.applicationId() == null || body.applicationId().isBlank()) {
            throw new InvalidInputException("applicationId", "Send a JSON body such as {\"applicationId\":"
                    + " \"<application id>\"}.");
        }
        return prizes.markWinner(identity, id, body.applicationId().strip(), body.category());
    }

    /** A day of the request, or null when absent (the round then names what is missing). */
    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidInputException(field, field + " is a day written as 2027-03-31.");
        }
    }
}
