package org.twinninglive.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for partner systems and signed-in users, under {@code /api}; versioned paths
 * start with {@code v1}. The application takes the whole context so that every answer,
 * including "no such resource", is a problem document.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Twinning Live API", version = "1",
                description = "Profiles, schools, projects, events, groups and progression of Twinning Live."
                        + " Errors are application/problem+json; lists are paged."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token of realm 'twinning': a user's (authorization code or password grant)"
                + " or a partner system's (client credentials).")
public class ApiApplication extends Application {
}
