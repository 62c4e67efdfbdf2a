package org.twinninglive.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.media.FilesResource;
import org.twinninglive.people.ValidationService;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * Projects (P1, P3, P4): create one, read it (open and closed ones without a token), edit, close
 * and reopen it, invite and answer, manage partners. A project the caller may not know exists
 * answers 404; a refused invitation a 409 whose type ends with its cause.
 */
@Path("v1/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a founder, a partner system, or a deleted account.")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such project, or one the caller may not know of.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class ProjectsResource {

    /** Body of POST /projects and PUT /projects/{id}. */
    public record ProjectRequest(String title, String description, List<String> subjects, Integer ageFrom,
                                 Integer ageTo, List<String> languages, LocalDate startsOn, LocalDate endsOn) {

        ProjectInformation information() {
            return ProjectInformation.of(title, description, subjects, ageFrom, ageTo, languages, startsOn, endsOn);
        }
    }

    /** Body of POST /projects/{id}/invitations. */
    public record InvitationRequest(String userId) {
    }

    @Inject
    org.twinninglive.certificates.CertificateService certificates;

    /** Body of POST /projects/{id}/validation (nss). */
    public record DecisionRequest(String decision, String reason) {
    }

    /** Body of POST /projects/{id}/quality-label-applications: the level and a text for each of the five criteria. */
    public record LabelApplicationRequest(String level, Map<String, String> criteria) {
    }

    @Inject
    QualityLabelService labels;

    /** Body of PUT /projects/{id}/cover. */
    public record CoverRequest(String imageId) {
    }

    /** Body of PUT /projects/{id}/partners/{userId}. */
    public record RoleRequest(String role) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    ProjectService projects;

    @Inject
    ProjectValidationService validations;

    @Inject
    ProjectSearch search;

    @Context
    UriInfo uri;

    @GET
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "searchProjects", summary = "Search projects (no token needed)",
            description = "Words of the title, description and members' schools (q, accents ignored), and filters:"
                    + " subject, age (a pupils' age the project's range includes), language, country (of any member),"
                    + " status (PENDING, OPEN, REJECTED, CLOSED), year (created), label (NATIONAL: holds a National Quality"
                    + " Label; EUROPEAN: the European one). Ranked, then the newest first."
                    + " Open and closed projects for everyone; pending and rejected ones only for their members and"
                    + " the nss of their founders' countries.")
    @APIResponse(responseCode = "200", description = "A page of projects")
    public PageRepresentation<ProjectSummary> search(@QueryParam("q") String q, @QueryParam("subject") String subject,
                                                     @QueryParam("age") String age,
                                                     @QueryParam("language") String language,
                                                     @QueryParam("country") String country,
                                                     @QueryParam("status") String status,
                                                     @QueryParam("year") String year,
                                                     @QueryParam("label") String label, @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        var criteria = ProjectCriteria.of(q, subject, age, language, country, status, year, label);
        return PageRepresentation.of(search.search(current.get(), criteria, PageRequest.parse(page, size)), p -> p);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "Create a project",
            description = "{\"title\", \"description\" (HTML, sanitised), \"subjects\": [], \"ageFrom\", \"ageTo\","
                    + " \"languages\": [], \"startsOn\", \"endsOn\"}. The caller must be a validated teacher with a"
                    + " current school; the project is PENDING until the nss of each founder's country approves it.")
    @APIResponse(responseCode = "201", description = "The project, PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response create(ProjectRequest body) {
        var project = projects.create(current.require(), required(body).information());
        return Response.created(uri.getBaseUriBuilder().path("v1/projects/{id}").build(project.id()))
                .entity(project).build();
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getProject", summary = "A project (open and closed ones without a token)",
            description = "Open and closed projects are public: their information, members' schools and countries;"
                    + " members' names to those who may see them. Pending and rejected ones only to their members,"
                    + " the people invited and the nss of a founder's country (404 to others). actions: what the"
                    + " caller may do now.")
    @APIResponse(responseCode = "200", description = "The project as the caller may see it")
    public ProjectView get(@PathParam("id") String id) {
        return projects.view(current.get(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editProject", summary = "Edit the information",
            description = "Founders only; the same body as the creation. 409 when closed or rejected.")
    @APIResponse(responseCode = "200", description = "The project, changed")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Closed or rejected: read-only.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ProjectView edit(@PathParam("id") String id, ProjectRequest body) {
        return projects.edit(current.require(), id, required(body).information());
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeProject", summary = "Close an open project", description = "Founders only.")
    @APIResponse(responseCode = "200", description = "The project, CLOSED")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Not open.")
    public ProjectView close(@PathParam("id") String id) {
        return projects.close(current.require(), id);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(operationId = "reopenProject", summary = "Reopen a closed project", description = "Founders only.")
    @APIResponse(responseCode = "200", description = "The project, OPEN")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Not closed.")
    public ProjectView reopen(@PathParam("id") String id) {
        return projects.reopen(current.require(), id);
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteToProject", summary = "Invite a contact",
            description = "{\"userId\"}: founders only; a co-founder while the project is pending (one), partners"
                    + " once open. A refusal is a 409 whose type ends with its cause: not-a-contact, contact-pending,"
                    + " not-validated, already-partner, already-invited, project-closed, no-current-school,"
                    + " self-invitation, project-pending.")
    @APIResponse(responseCode = "201", description = "The invitation, PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Refused, with its cause in type.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response invite(@PathParam("id") String id, InvitationRequest body) {
        if (body == null) {
            throw new InvalidInputException("userId", "Send a JSON body such as {\"userId\": \"<profile id>\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(projects.invite(current.require(), id, body.userId()))
                .build();
    }

    @POST
    @Path("{id}/invitations/{invitationId}/accept")
    @Operation(operationId = "acceptProjectInvitation", summary = "Accept an invitation sent to me",
            description = "The invitee joins as co-founder (their country's nss then decides too) or as partner, with"
                    + " their current school.")
    @APIResponse(responseCode = "200", description = "The project, joined")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Already answered, the project closed, or the"
            + " caller not validated or without a school.")
    public ProjectView accept(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        return projects.accept(current.require(), id, invitationId);
    }

    @POST
    @Path("{id}/invitations/{invitationId}/decline")
    @Operation(operationId = "declineProjectInvitation", summary = "Decline an invitation sent to me")
    @APIResponse(responseCode = "200", description = "The project, as the caller may still see it")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Already answered.")
    public ProjectView decline(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        return projects.decline(current.require(), id, invitationId);
    }

    @DELETE
    @Path("{id}/partners/{userId}")
    @Operation(operationId = "removeProjectMember", summary = "Remove a member, or leave",
            description = "A founder removes another member; a member's own id is leaving. The sole founder leaving"
                    + " names the partner who takes over in successorId.")
    @APIResponse(responseCode = "204", description = "Removed, or left")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The project is not open, or the sole member"
            + " would leave.")
    public Response remove(@PathParam("id") String id, @PathParam("userId") String userId,
                           @QueryParam("successorId") String successorId) {
        projects.remove(current.require(), id, userId, successorId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/partners/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setProjectRole", summary = "Set a member's role",
            description = "{\"role\": \"FOUNDER\"|\"PARTNER\"}: founders only; the last founder stays one.")
    @APIResponse(responseCode = "200", description = "The project, changed")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Not open, or the last founder.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ProjectView setRole(@PathParam("id") String id, @PathParam("userId") String userId, RoleRequest body) {
        if (body == null) {
            throw new InvalidInputException("role", "Send a JSON body such as {\"role\": \"FOUNDER\"}.");
        }
        return projects.setRole(current.require(), id, userId, body.role());
    }

    @POST
    @Path("{id}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "project validations")
    @Operation(operationId = "decideProject", summary = "Decide my country's part",
            description = "{\"decision\": \"APPROVE\"|\"REJECT\", \"reason\"}; a rejection needs a reason, which the"
                    + " founders read. The project opens when every founder country approved. 404 when the project"
                    + " does not wait for the officer's country.")
    @APIResponse(responseCode = "200", description = "The project as decided")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not in the officer's queue.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ProjectView decide(@PathParam("id") String id, DecisionRequest body) {
        if (body == null) {
            throw new InvalidInputException("decision", "Send a JSON body such as {\"decision\": \"APPROVE\"}.");
        }
        return validations.decide(current.require(), id, ValidationService.Decision.of(body.decision()), body.reason());
    }

    @GET
    @Path("{id}/certificates/{kind}")
    @Produces({"application/pdf", "application/problem+json"})
    @Tag(name = "certificates")
    @Operation(operationId = "getProjectCertificate", summary = "My certificate for this project (PDF)",
            description = "kind: participation (the project's founders and partners once it is approved),"
                    + " national-quality-label (the members who joined from a country whose National Quality Label the"
                    + " project holds), european-quality-label (every member of a project holding it), prize (every member of a project that"
                    + " won a European Prize: it names the first prize won, its round and category). In the"
                    + " language of the account; it carries a verification code and a QR code of /verify/{code}."
                    + " The same certificate (same code) each time it is asked for.")
    @APIResponse(responseCode = "200", description = "The certificate as PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The project is not approved yet, does not"
            + " hold that label for the caller, or has not won a European Prize.")
    public Response certificate(@PathParam("id") String id, @PathParam("kind") String kind) {
        var certificate = org.twinninglive.certificates.CertificateKind.ofSlug(kind)
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        // under the projects' open reading addresses, but a certificate is its holder's: a visitor gets 401
        var holder = current.get().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
        var issued = certificates.issue(holder, id, certificate);
        return Response.ok(issued.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + issued.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/quality-label-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "quality labels")
    @Operation(operationId = "applyForQualityLabel", summary = "Apply for a quality label",
            description = "{\"level\": \"NATIONAL\"|\"EUROPEAN\", \"criteria\": {\"pedagogicalInnovation\","
                    + " \"curricularIntegration\", \"collaboration\", \"useOfTechnology\", \"resultsAndImpact\"}}: a"
                    + " founder or partner of an open or closed project, once per level. NATIONAL is the label of the"
                    + " country the applicant joined from, reviewed by its nss; EUROPEAN needs National Quality Labels in"
                    + " two or more countries and is reviewed by the css. Each criterion needs a text (at most 5,000"
                    + " characters; 400 names criteria.<key>).")
    @APIResponse(responseCode = "201", description = "The application, PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityLabelView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Not approved yet, applied already, the label"
            + " held already, or (European) not two National Quality Labels yet.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response applyForLabel(@PathParam("id") String id, LabelApplicationRequest body) {
        if (body == null) {
            throw new InvalidInputException("level", "Send a JSON body such as {\"level\": \"NATIONAL\", \"criteria\": {...}}.");
        }
        var answers = new java.util.EnumMap<QualityCriterion, String>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            if (body.criteria() != null) {
                answers.put(criterion, body.criteria().get(criterion.key()));
            }
        }
        var application = labels.apply(current.require(), id, QualityLabelLevel.of(body.level(), "level"), answers);
        return Response.status(Response.Status.CREATED).entity(application).build();
    }

    @GET
    @Path("{id}/quality-label-applications")
    @Tag(name = "quality labels")
    @Operation(operationId = "listProjectLabelApplications", summary = "The project's quality label applications",
            description = "For its members (others get an empty list): each application with its criteria and, once"
                    + " reviewed, the scores, comments and reason.")
    @APIResponse(responseCode = "200", description = "The applications, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = QualityLabelView.class)))
    public List<QualityLabelView> labelApplications(@PathParam("id") String id) {
        var caller = current.get().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
        return labels.ofProject(caller, id);
    }

    @GET
    @Path("{id}/images")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "listProjectImages", summary = "A project's pictures (open and closed ones without a token)",
            description = "Oldest first; cover marks the one shown first. Each is read at"
                    + " /projects/{id}/images/{imageId} and its 320 px thumbnail at .../thumbnail.")
    @APIResponse(responseCode = "200", description = "The pictures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectView.Image.class)))
    public List<ProjectView.Image> images(@PathParam("id") String id) {
        return projects.images(current.get(), id);
    }

    @POST
    @Path("{id}/images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addProjectImage", summary = "Add a picture",
            description = "Founders of a pending or open project; at most " + Project.MOST_IMAGES + " pictures."
                    + " multipart/form-data, the part file with its file name: a JPEG, PNG, GIF or WebP picture of at"
                    + " most 5 MB, decided by its content; re-encoded (no metadata, at most 2048 px) with a 320 px"
                    + " thumbnail. The first picture becomes the cover. Refused: 400 naming field file, nothing kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "The picture, with its name (Content-Disposition filename)")
            })))
    @APIResponse(responseCode = "201", description = "The picture, kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.Image.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Closed or rejected, or " + Project.MOST_IMAGES
            + " pictures already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response addImage(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        var file = FilesResource.part(parts, "file").orElseThrow(() -> new InvalidInputException("file",
                "Send the picture as the multipart/form-data part named file, with its file name."));
        try (InputStream content = file.getContent()) {
            var image = projects.addImage(current.require(), id, FilesResource.fileName(file), content);
            return Response.created(uri.getBaseUriBuilder().path("v1/projects/{id}/images/{imageId}").build(id, image.id()))
                    .entity(image).build();
        }
    }

    @GET
    @Path("{id}/images/{imageId}")
    @Produces({"image/jpeg", "image/png", "application/problem+json"})
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getProjectImage", summary = "One of a project's pictures",
            description = "JPEG or PNG as re-encoded; 404 for a file that is not this project's picture.")
    @APIResponse(responseCode = "200", description = "The picture", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response image(@PathParam("id") String id, @PathParam("imageId") String imageId) {
        return FilesResource.sent(projects.image(current.get(), id, imageId, false));
    }

    @GET
    @Path("{id}/images/{imageId}/thumbnail")
    @Produces({"image/jpeg", "image/png", "application/problem+json"})
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getProjectImageThumbnail", summary = "A picture's thumbnail (at most 320 px)")
    @APIResponse(responseCode = "200", description = "The thumbnail", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response thumbnail(@PathParam("id") String id, @PathParam("imageId") String imageId) {
        return FilesResource.sent(projects.image(current.get(), id, imageId, true));
    }

    @DELETE
    @Path("{id}/images/{imageId}")
    @Operation(operationId = "removeProjectImage", summary = "Remove a picture",
            description = "Founders of a pending or open project; the picture is erased. When it was the cover, the"
                    + " oldest remaining picture becomes the cover.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Closed or rejected: read-only.")
    public Response removeImage(@PathParam("id") String id, @PathParam("imageId") String imageId) {
        projects.removeImage(current.require(), id, imageId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/cover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseProjectCover", summary = "Choose the cover",
            description = "{\"imageId\"}: one of the project's pictures, shown first and in lists. Founders only.")
    @APIResponse(responseCode = "200", description = "The project, with its cover")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Closed or rejected: read-only.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ProjectView chooseCover(@PathParam("id") String id, CoverRequest body) {
        if (body == null || body.imageId() == null || body.imageId().isBlank()) {
            throw new InvalidInputException("imageId", "Send a JSON body such as {\"imageId\": \"<picture id>\"}.");
        }
        return projects.chooseCover(current.require(), id, body.imageId().strip());
    }

    private static ProjectRequest required(ProjectRequest body) {
        if (body == null) {
            throw new InvalidInputException("title", "Send a JSON body with title, description, subjects, ageFrom,"
                    + " ageTo and languages.");
        }
        return body;
    }
}
