package org.twinninglive.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.NotFoundException;

/**
 * The one-click unsubscribe of every mail's {@code List-Unsubscribe} header (RFC 8058): mail
 * providers POST {@code List-Unsubscribe=One-Click} to it, without a token; the signed link
 * itself says whose mail and which kind.
 */
@Path("v1/mail/unsubscribe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class UnsubscribeResource {

    @Inject
    MailPreferences preferences;

    @POST
    @SecurityRequirements
    @Operation(operationId = "unsubscribeOneClick", summary = "Stop one kind of e-mail (one click, no sign-in)",
            description = "t and k as in the List-Unsubscribe address of a mail; the body (List-Unsubscribe=One-Click)"
                    + " is not read. That kind becomes NEVER (k=digest: every daily kind).")
    @APIResponse(responseCode = "204", description = "No more e-mails of that kind")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a valid link (changed, or made up).")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response unsubscribe(@QueryParam("t") String token, @QueryParam("k") String kind) {
        if (!preferences.unsubscribe(token, kind)) {
            throw new NotFoundException("The unsubscribe link");
        }
        return Response.noContent().build();
    }
}
