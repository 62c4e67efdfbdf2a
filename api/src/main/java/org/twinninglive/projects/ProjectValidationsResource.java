package org.twinninglive.projects;

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
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * The nss queue of new projects (P4): each officer sees their own country's part only; deciding
 * is {@code POST /projects/{id}/validation} ({@link ProjectsResource}).
 */
@Path("v1/project-validations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "project validations")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an nss officer, or one without a country.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class ProjectValidationsResource {

    @Inject
    CurrentIdentity current;

    @Inject
    ProjectValidationService validations;

    @GET
    @Operation(operationId = "listProjectValidations", summary = "Projects awaiting my country's decision",
            description = "nss only: the projects waiting for the officer's country, the longest waiting first;"
                    + " status PENDING (the only one, and the default).")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    public PageRepresentation<ProjectView> queue(@QueryParam("status") String status, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        if (status != null && !status.isBlank() && !"PENDING".equalsIgnoreCase(status.strip())) {
            throw new InvalidInputException("status", "status is PENDING: the queue holds the projects awaiting a decision.");
        }
        return PageRepresentation.of(validations.queue(current.require(), PageRequest.parse(page, size)), v -> v);
    }
}
