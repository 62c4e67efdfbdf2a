package org.twinninglive.schools;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/** Schools: in name order, or found by words of their name; optionally of one country. */
@Path("v1/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class SchoolResource {

    @Inject
    SchoolService schools;

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
}
