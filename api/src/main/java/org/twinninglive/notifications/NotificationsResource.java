package org.twinninglive.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageRepresentation;
import org.twinninglive.platform.PageRequest;

/** The caller's notifications (N2): rendered in the caller's language when read. */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class NotificationsResource {

    /** Body of POST /notifications/read: some ids, or all. */
    public record ReadRequest(List<String> ids, Boolean all) {
    }

    /** How many notifications are unread; the answer of POST /notifications/read too. */
    public record UnreadCount(long unread) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    NotificationService notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "My notifications",
            description = "Newest first; unread=true for the unread ones only. Each has its text in the caller's"
                    + " language, the page it leads to, and how many people it groups.")
    @APIResponse(responseCode = "200", description = "A page of the caller's notifications")
    public PageRepresentation<NotificationView> list(@QueryParam("unread") String unread,
                                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageRepresentation.of(notifications.list(current.require(), flag(unread), PageRequest.parse(page, size)),
                n -> n);
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many notifications I have not read")
    @APIResponse(responseCode = "200", description = "The unread count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(current.require()));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markNotificationsRead", summary = "Mark notifications read",
            description = "{\"ids\": [...]} or {\"all\": true}. Ids that are unknown, or not the caller's, are ignored."
                    + " Answers the unread count left.")
    @APIResponse(responseCode = "200", description = "The unread count left",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnreadCount.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public UnreadCount markRead(ReadRequest body) {
        var identity = current.require();
        if (body != null && Boolean.TRUE.equals(body.all())) {
            notifications.markAllRead(identity);
        } else if (body != null && body.ids() != null) {
            if (body.ids().size() > PageRequest.MAX_SIZE) {
                throw new InvalidInputException("ids", "At most " + PageRequest.MAX_SIZE + " ids at once.");
            }
            notifications.markRead(identity, body.ids());
        } else {
            throw new InvalidInputException("ids", "Send {\"ids\": [\"<notification id>\"]} or {\"all\": true}.");
        }
        return new UnreadCount(notifications.unreadCount(identity));
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || "false".equalsIgnoreCase(value)) {
            return false;
        }
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        throw new InvalidInputException("unread", "unread must be true or false.");
    }
}
