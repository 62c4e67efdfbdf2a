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
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/** The caller's Projects tab (P1): their projects by status, and the invitations waiting for their answer. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class MyProjectsResource {

    @Inject
    CurrentIdentity current;

    @Inject
    ProjectService projects;

    @GET
    @Path("projects")
    @Operation(operationId = "listMyProjects", summary = "My projects",
            description = "status PENDING (with the rejected ones; the default), OPEN or CLOSED; the newest first,"
                    + " each with my role and the actions I may take on it now.")
    @APIResponse(responseCode = "200", description = "A page of the caller's projects")
    public PageRepresentation<ProjectSummary> mine(@QueryParam("status") String status, @QueryParam("page") String page,
                                                   @QueryParam("size") String size) {
        var shelf = status == null || status.isBlank() ? ProjectService.Shelf.PENDING : ProjectService.Shelf.of(status);
        return PageRepresentation.of(projects.mine(current.require(), shelf, PageRequest.parse(page, size)), p -> p);
    }

    @GET
    @Path("project-invitations")
    @Operation(operationId = "listMyProjectInvitations", summary = "Invitations waiting for my answer",
            description = "The oldest first.")
    @APIResponse(responseCode = "200", description = "A page of pending invitations to the caller")
    public PageRepresentation<InvitationView> invitations(@QueryParam("page") String page,
                                                          @QueryParam("size") String size) {
        return PageRepresentation.of(projects.invitations(current.require(), PageRequest.parse(page, size)), i -> i);
    }
}
