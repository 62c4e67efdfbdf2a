package org.twinninglive.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.people.PersonView;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.schools.SchoolProposal;

/** The signed-in teacher's side of joining: the terms they accepted, their first steps, a school they propose. */
@Path("v1/me/joining")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "joining")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class MyJoiningResource {

    /** Where the caller stands: the terms in force and whether they accepted them; whether their first steps are to take. */
    public record JoiningState(TermsView termsInForce, boolean termsAccepted, boolean firstStepsPending) {
    }

    /** Body of POST /me/joining/terms. */
    public record AcceptanceRequest(String version) {
    }

    /** Body of POST /me/joining/school-proposals. */
    public record SchoolProposalRequest(String name, String city, String country, String type, String nationalId) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    TermsService terms;

    @Inject
    OnboardingService onboarding;

    @GET
    @Operation(operationId = "myJoining", summary = "My terms and first steps",
            description = "The terms in force and whether I accepted them (at registration or since), and whether my"
                    + " first steps (school, subjects, privacy) are still to take.")
    @APIResponse(responseCode = "200", description = "Where I stand")
    public JoiningState joining() {
        var identity = current.require();
        var toAccept = terms.toAccept(identity, current.termsAcceptedAtRegistration().orElse(null));
        return new JoiningState(terms.current(), toAccept.isEmpty(), onboarding.pending(identity));
    }

    @POST
    @Path("terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptTerms", summary = "Accept the terms in force",
            description = "{\"version\"}: the version in force (GET /terms), so that nobody accepts a text they did"
                    + " not see. Accepting it again changes nothing.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Another version is in force.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public TermsView accept(AcceptanceRequest body) {
        return terms.accept(current.require(), body == null ? null : body.version());
    }

    @POST
    @Path("school-proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeSchool", summary = "Propose my school, missing from the registry",
            description = "{\"name\", \"city\", \"country\", \"type\", \"nationalId\"} (nationalId optional; type one"
                    + " of PRE_PRIMARY, PRIMARY, SECONDARY, VOCATIONAL, SPECIAL_NEEDS, TEACHER_TRAINING, OTHER). It"
                    + " becomes my current school and waits, with my account, for the review of the nss of its"
                    + " country; others find it once they approve. A school the registry has already (same national"
                    + " id, or same name and city) is refused with 409, whose detail names its id: choose that one"
                    + " with POST /people/me/schools.")
    @APIResponse(responseCode = "201", description = "Proposed; my profile with it as current school",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The school is in the registry already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response propose(SchoolProposalRequest body) {
        if (body == null) {
            throw new InvalidInputException("name", "Send a JSON body such as {\"name\": \"...\", \"city\": \"...\","
                    + " \"country\": \"ES\", \"type\": \"PRIMARY\"}.");
        }
        var proposal = SchoolProposal.of(body.name(), body.city(), body.country(), body.type(), body.nationalId());
        var me = onboarding.proposeSchool(current.require(), proposal);
        return Response.status(Response.Status.CREATED).entity(me).build();
    }

    @POST
    @Path("first-steps")
    @Operation(operationId = "finishFirstSteps", summary = "Finish (or put off) my first steps",
            description = "My account then waits for the review of my National Support Service, who is told of it."
                    + " Finishing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Done")
    public Response finish() {
        onboarding.finish(current.require());
        return Response.noContent().build();
    }
}
