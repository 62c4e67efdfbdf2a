package org.twinninglive.people;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.contacts.ContactService;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/**
 * People (U1–U5, C1, F1–F3): search, profiles as the caller may see them, and the caller's
 * own profile, privacy, photo, schools, data and deletion. A profile the caller may not see
 * answers 404, exactly like one that does not exist.
 */
@Path("v1/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class PeopleResource {

    /** Body of PUT /people/me. */
    public record PersonalInformationRequest(String name, String bio, List<String> subjects, List<String> languages,
                                             Integer pupilsAgeFrom, Integer pupilsAgeTo) {
    }

    /** Body of PUT /people/me/privacy. */
    public record PrivacyRequest(String visibility, Boolean searchable, Boolean indexable, Boolean showEmail,
                                 Boolean acceptsContactRequests, Boolean acceptsMessages) {
    }

    /** Body of POST /people/me/schools. */
    public record SchoolRequest(String school) {
    }

    /** When an asked-for deletion will be carried out. */
    public record DeletionRepresentation(Instant dueAt) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    ProfileService profiles;

    @Inject
    PeopleSearch search;

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @GET
    @Operation(operationId = "searchPeople", summary = "Search people",
            description = "By words of a name or a school (case- and accent-insensitive, ranked), and filters:"
                    + " country (ISO 3166), school (id), subject, language (ISO 639-1), ageFrom/ageTo (pupils' ages"
                    + " overlap), role. Only people listed in search whom the caller may see.")
    @APIResponse(responseCode = "200", description = "A page of the people found, best match first")
    public PageRepresentation<PersonSummary> search(@QueryParam("q") String q, @QueryParam("country") String country,
                                                    @QueryParam("school") String school,
                                                    @QueryParam("subject") String subject,
                                                    @QueryParam("language") String language,
                                                    @QueryParam("ageFrom") String ageFrom,
                                                    @QueryParam("ageTo") String ageTo,
                                                    @QueryParam("role") String role,
                                                    @QueryParam("page") String page,
                                                    @QueryParam("size") String size) {
        var criteria = SearchCriteria.of(q, country, school, subject, language, ageFrom, ageTo, role);
        return PageRepresentation.of(search.search(current.get(), criteria, PageRequest.parse(page, size)), p -> p);
    }

    @GET
    @Path("me")
    @Operation(operationId = "getMyProfile", summary = "My profile",
            description = "The caller's own profile, e-mail included.")
    @APIResponse(responseCode = "200", description = "The caller's profile")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    public PersonView mine() {
        return profiles.mine(current.require());
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editMyProfile", summary = "Edit my personal information",
            description = "name, bio, subjects, languages, pupilsAgeFrom, pupilsAgeTo; the whole information is"
                    + " replaced.")
    @APIResponse(responseCode = "200", description = "The profile as edited")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PersonView edit(PersonalInformationRequest body) {
        if (body == null) {
            throw new InvalidInputException("name", "Send a JSON body such as {\"name\": \"Ana\", \"subjects\": [\"ARTS\"]}.");
        }
        var information = PersonalInformation.of(body.name(), body.bio(), body.subjects(), body.languages(),
                body.pupilsAgeFrom(), body.pupilsAgeTo());
        return profiles.edit(current.require(), information);
    }

    @GET
    @Path("me/privacy")
    @Operation(operationId = "getMyPrivacy", summary = "My privacy settings")
    @APIResponse(responseCode = "200", description = "The caller's privacy settings")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    public PrivacySettings privacy() {
        return profiles.privacy(current.require());
    }

    @PUT
    @Path("me/privacy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseMyPrivacy", summary = "Change my privacy settings",
            description = "visibility EVERYONE|REGISTERED|CONTACTS, searchable, indexable, showEmail,"
                    + " acceptsContactRequests and acceptsMessages (optional, default true). Effective at once.")
    @APIResponse(responseCode = "200", description = "The settings now in effect")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PrivacySettings choosePrivacy(PrivacyRequest body) {
        if (body == null) {
            throw new InvalidInputException("visibility", "Send a JSON body such as {\"visibility\": \"REGISTERED\"}.");
        }
        var settings = new PrivacySettings(PrivacySettings.visibilityOf(body.visibility()),
                required("searchable", body.searchable()), required("indexable", body.indexable()),
                required("showEmail", body.showEmail()),
                body.acceptsContactRequests() == null || body.acceptsContactRequests(),
                body.acceptsMessages() == null || body.acceptsMessages());
        return profiles.choosePrivacy(current.require(), settings);
    }

    @PUT
    @Path("me/photo")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "replaceMyPhoto", summary = "Replace my photo",
            description = "JPEG, PNG or WebP, at most 5 MB; checked by content, re-encoded and resized. Anything"
                    + " else: 400 with the reason, nothing stored.")
    @APIResponse(responseCode = "200", description = "The profile, with the new photoVersion")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PersonView uploadPhoto(byte[] body) {
        return profiles.uploadPhoto(current.require(), body);
    }

    @GET
    @Path("{id}/photo")
    @Produces("image/jpeg")
    @Operation(operationId = "getPhoto", summary = "Someone's photo",
            description = "size=thumbnail for 96 px; 404 without a photo or without the right to see the profile.")
    @APIResponse(responseCode = "200", description = "The photo, at most 512 px (96 px for size=thumbnail)",
            content = @Content(mediaType = "image/jpeg",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No such profile, one the caller may not see, or no photo.")
    public Response photo(@PathParam("id") String id, @QueryParam("size") String size) {
        var image = profiles.photo(current.get(), id, "thumbnail".equals(size))
                .orElseThrow(() -> new org.twinninglive.platform.NotFoundException("The photo"));
        return Response.ok(image.bytes(), "image/jpeg").header("Cache-Control", "private, no-cache").build();
    }

    @POST
    @Path("me/schools")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMySchool", summary = "Add a school",
            description = "Ends the current school today and starts this one; the account goes back to review by"
                    + " the nss of the school's country. Body: {\"school\": id}.")
    @APIResponse(responseCode = "201", description = "The profile, with its school history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "It is the current school already.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response addSchool(SchoolRequest body) {
        var view = profiles.addSchool(current.require(), body == null ? null : body.school());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("me/export")
    @Operation(operationId = "exportMyData", summary = "Download my data",
            description = "Everything the platform holds about the caller, as JSON.")
    @APIResponse(responseCode = "200", description = "The caller's data, as a file to save",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountData.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    public Response export() {
        return Response.ok(accounts.export(current.require()))
                .header("Content-Disposition", "attachment; filename=\"twinning-live-my-data.json\"")
                .build();
    }

    @GET
    @Path("me/deletion")
    @Operation(operationId = "getMyDeletion", summary = "My account deletion",
            description = "When the asked-for deletion happens (dueAt null: none).")
    @APIResponse(responseCode = "200", description = "When the account will be erased, if it will")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    public DeletionRepresentation deletion() {
        return new DeletionRepresentation(accounts.deletionDue(current.require()));
    }

    @POST
    @Path("me/deletion")
    @Operation(operationId = "requestMyDeletion", summary = "Delete my account",
            description = "Erased after the grace period (14 days by default); cancellable until then. Asking"
                    + " again keeps the first date.")
    @APIResponse(responseCode = "202", description = "Asked for: dueAt is when the account will be erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeletionRepresentation.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response requestDeletion() {
        return Response.accepted(new DeletionRepresentation(accounts.requestDeletion(current.require()))).build();
    }

    @DELETE
    @Path("me/deletion")
    @Operation(operationId = "cancelMyDeletion", summary = "Keep my account",
            description = "Cancels an asked-for deletion.")
    @APIResponse(responseCode = "204", description = "Kept; also when no deletion was asked for")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response cancelDeletion() {
        accounts.cancelDeletion(current.require());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson", summary = "Someone's profile",
            description = "404 when it does not exist or the caller may not see it.")
    @APIResponse(responseCode = "200", description = "The profile as the caller may see it")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PersonView person(@PathParam("id") String id) {
        return profiles.person(current.get(), id);
    }

    @POST
    @Path("{id}/follow")
    @Operation(operationId = "follow", summary = "Follow",
            description = "Idempotent; their public activity reaches the caller's feed.")
    @APIResponse(responseCode = "204", description = "Followed")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response follow(@PathParam("id") String id) {
        contacts.follow(current.require(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/follow")
    @Operation(operationId = "unfollow", summary = "Unfollow")
    @APIResponse(responseCode = "204", description = "Not followed (any more)")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response unfollow(@PathParam("id") String id) {
        contacts.unfollow(current.require(), id);
        return Response.noContent().build();
    }

    private static boolean required(String field, Boolean value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required: true or false.");
        }
        return value;
    }
}
