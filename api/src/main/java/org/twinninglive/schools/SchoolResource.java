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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * Schools: in name order, or found by words of their name; optionally of one country. One school
 * with its eTwinning School label, and the applications for that label (the nss decides them at
 * {@code /school-label-applications}, {@link SchoolLabelApplicationsResource}).
 */
@Path("v1/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class SchoolResource {

    /** Body of POST /schools/{id}/label-applications: the head's declaration (a checkbox) and a statement. */
    public record LabelApplicationRequest(Boolean headDeclaration, String statement) {
    }

    @Inject
    SchoolService schools;

    @Inject
    SchoolLabelService labels;

    @Inject
    CurrentIdentity current;

    @GET
    @Operation(operationId = "listSchools", summary = "List or search schools",
            description = "Paged; q: words of the name (any word, case- and accent-insensitive, best match first), else"
                    + " name order; country is an ISO 3166 alpha-2 code.")
    @APIResponse(responseCode = "200", description = "A page of schools")
    public PageRepresentation<SchoolView> list(@QueryParam("q") String q, @QueryParam("country") String country,
                                               @QueryParam("page") String page,
                                               @QueryParam("size") String size) {
        return PageRepresentation.of(schools.search(q, country, PageRequest.parse(page, size)), school -> school);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchool", summary = "A school of the registry",
            description = "With labelledUntil, the last day of the eTwinning School label it holds now (absent when it"
                    + " holds none). A school proposed by a teacher and not yet confirmed by the nss is not found.")
    @APIResponse(responseCode = "200", description = "The school")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such school in the registry.")
    public SchoolView school(@PathParam("id") String id) {
        return schools.inRegistry(id);
    }

    @POST
    @Path("{id}/label-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyForSchoolLabel", summary = "Apply for the eTwinning School label",
            description = "{\"headDeclaration\": true, \"statement\"}: a validated teacher whose current school it is"
                    + " applies, declaring that the head of the school agrees (400 names headDeclaration without it);"
                    + " the statement is optional, at most 2,000 characters. The school needs two years or more on the"
                    + " platform, three or more active teachers (validated, with it as current school, signed in"
                    + " within the last year) and a project with a National Quality Label given in the last two"
                    + " years to a member who joined from it. A"
                    + " refusal is a 409 whose type ends with its cause: school-too-recent, too-few-active-teachers,"
                    + " no-recent-national-label, school-label-pending (one application waits at a time),"
                    + " school-label-held (the school holds a valid label). The nss of the school's country decides.")
    @APIResponse(responseCode = "201", description = "The application, PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SchoolLabelView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a validated teacher of the school.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such school in the registry.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A criterion not met, an application waiting,"
            + " or a label held already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response applyForLabel(@PathParam("id") String id, LabelApplicationRequest body) {
        if (body == null) {
            throw new InvalidInputException("headDeclaration", "Send a JSON body such as {\"headDeclaration\": true}.");
        }
        var application = labels.apply(current.require(), id, body.headDeclaration(), body.statement());
        return Response.status(Response.Status.CREATED).entity(application).build();
    }

    @GET
    @Path("{id}/label-applications")
    @Operation(operationId = "listSchoolLabelApplications",
            summary = "The school's eTwinning School label applications",
            description = "For the school's validated teachers and the nss of its country: each application, the"
                    + " oldest first, with its status and, once decided, the reason and the label's last day.")
    @APIResponse(responseCode = "200", description = "The applications, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SchoolLabelView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Neither a teacher of the school nor the nss"
            + " of its country.")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such school in the registry.")
    public List<SchoolLabelView> labelApplications(@PathParam("id") String id) {
        return labels.ofSchool(current.require(), id);
    }
}
