package org.twinninglive.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/** Which notifications also come by e-mail, per kind: IMMEDIATELY, DAILY (one digest a day) or NEVER (N4). */
@Path("v1/me/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class NotificationPreferencesResource {

    @Inject
    CurrentIdentity current;

    @Inject
    MailPreferences preferences;

    @GET
    @Operation(operationId = "getNotificationPreferences", summary = "My e-mail choices",
            description = "For each kind of notification that also goes by e-mail (e.g. contact-requested): IMMEDIATELY,"
                    + " DAILY or NEVER.")
    @APIResponse(responseCode = "200", description = "The choice for every kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = MailMode.class)))
    public Map<String, MailMode> get() {
        return preferences.of(current.require());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseNotificationPreferences", summary = "Choose my e-mail choices",
            description = "{\"contact-requested\": \"DAILY\", ...}: the kinds named change, the others keep theirs."
                    + " An unknown kind or mode is refused and nothing changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            additionalProperties = MailMode.class)))
    @APIResponse(responseCode = "200", description = "The choice for every kind, now in effect",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = MailMode.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Map<String, MailMode> choose(Map<String, String> body) {
        if (body == null) {
            throw new InvalidInputException("preferences", "Send a JSON body such as {\"contact-requested\": \"DAILY\"}.");
        }
        return preferences.choose(current.require(), body);
    }
}
