package org.twinninglive.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's calendar feed (E6), read by calendar applications without a token: the secret in
 * its address decides. Never cached on the way: it is one person's.
 */
@Path("v1/calendar")
@RequestScoped
@Tag(name = "events")
public class CalendarFeedResource {

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{secret}.ics")
    @Produces("text/calendar")
    @SecurityRequirements
    @Operation(operationId = "getCalendarFeed", summary = "A personal calendar feed (.ics, no token)",
            description = "One VCALENDAR with a VEVENT for each event its owner organises, takes part in, waits for or"
                    + " is invited to (from half a year back), with the VTIMEZONEs they need, UIDs that never change,"
                    + " SEQUENCE bumped by every change and STATUS CANCELLED once cancelled. An unknown or reset"
                    + " secret is 404.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No feed has this secret (any more).")
    public Response feed(@PathParam("secret") String secret) {
        return Response.ok(feeds.feed(secret), "text/calendar; charset=UTF-8")
                .header("Cache-Control", "private, no-store").build();
    }
}
