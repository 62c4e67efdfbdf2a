package org.twinninglive.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;

/**
 * My private calendar feed (E6): the address calendar applications subscribe to (GET
 * /calendar/{secret}.ics, read without a token), and a new one when the old has leaked.
 */
@Path("v1/me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
public class CalendarResource {

    @Inject
    CurrentIdentity current;

    @Inject
    CalendarFeeds feeds;

    @GET
    @Operation(operationId = "getMyCalendarFeed", summary = "The address of my calendar feed",
            description = "A private address (made on first asking) whose iCalendar holds the events I organise, take"
                    + " part in, wait for or am invited to; calendar applications read it without a token. The same"
                    + " address every time until it is reset.")
    @APIResponse(responseCode = "200", description = "The address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarFeeds.FeedAddress.class)))
    public CalendarFeeds.FeedAddress get() {
        return feeds.address(current.require());
    }

    @POST
    @Path("reset")
    @Operation(operationId = "resetMyCalendarFeed", summary = "A new address for my calendar feed",
            description = "Draws a new secret: the old address answers 404 from now on.")
    @APIResponse(responseCode = "200", description = "The new address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarFeeds.FeedAddress.class)))
    public CalendarFeeds.FeedAddress reset() {
        return feeds.reset(current.require());
    }
}
