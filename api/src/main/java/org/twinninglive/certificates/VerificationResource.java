package org.twinninglive.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a certificate is genuine (P6), by the code printed on it: for anyone, without a token. */
@Path("v1/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class VerificationResource {

    @Inject
    CertificateService certificates;

    @GET
    @Path("{code}")
    @SecurityRequirements
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate (no sign-in)",
            description = "The certificate of this verification code: its kind, its holder (absent, with formerMember,"
                    + " once their account is erased), the project, the school and role, when it was issued. 404: no"
                    + " certificate has this code.")
    @APIResponse(responseCode = "200", description = "A genuine certificate")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a genuine certificate's code.")
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }
}
