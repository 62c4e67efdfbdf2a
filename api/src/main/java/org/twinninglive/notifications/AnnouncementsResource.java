package org.twinninglive.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/** Announcements of the Central Support Service to every member or one country's (N2). */
@Path("v1/announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "Not the Central Support Service.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class AnnouncementsResource {

    /** Body of POST /announcements. */
    public record AnnouncementRequest(String text, String country) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    Announcements announcements;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "announce", summary = "Announce something to every member, or one country's",
            description = "{\"text\", \"country\"} (country optional). Answers at once, 202: delivery runs in the"
                    + " background, in batches; GET the announcement to see how far it is. Each member gets a"
                    + " notification, and an e-mail unless they chose otherwise.")
    @APIResponse(responseCode = "202", description = "Accepted; being delivered",
            headers = @Header(name = "Location", description = "The announcement, to follow its delivery",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnouncementView.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response announce(AnnouncementRequest body) {
        if (body == null) {
            throw new InvalidInputException("text", "Send a JSON body such as {\"text\": \"...\"}.");
        }
        var view = announcements.announce(current.require(), body.text(), body.country());
        return Response.accepted(view).location(uri.getAbsolutePathBuilder().path(view.id()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAnnouncement", summary = "An announcement and how far its delivery is")
    @APIResponse(responseCode = "200", description = "The announcement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnouncementView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AnnouncementView get(@PathParam("id") String id) {
        return announcements.view(current.require(), id);
    }
}
