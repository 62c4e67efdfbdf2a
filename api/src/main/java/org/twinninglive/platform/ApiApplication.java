package org.twinninglive.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API for partner systems and signed-in users, under {@code /api}; versioned paths
 * start with {@code v1}. The application takes the whole context so that every answer,
 * including "no such resource", is a problem document. Its OpenAPI document ({@code /api/openapi})
 * declares here what operations share: the token, the tags, and the problem answers that
 * resources name by {@code ref}.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Twinning Live API", version = "1",
                description = "Profiles, schools, projects, events, groups and progression of Twinning Live."
                        + " Errors are application/problem+json; lists are paged.",
                license = @License(name = "Apache License 2.0", identifier = "Apache-2.0")),
        // the paths of the document already start with the context root (/api/v1/...)
        servers = @Server(url = "/", description = "The server that serves this document"),
        tags = {
                @Tag(name = "people", description = "Who am I, profiles, search, privacy, photos, school history,"
                        + " my data and account deletion (U1-U6, F1-F3)"),
                @Tag(name = "contacts", description = "Following, contacts and contact requests, the feed (C1, C2)"),
                @Tag(name = "validations", description = "The National Support Service's review of teachers'"
                        + " accounts (U6)"),
                @Tag(name = "schools", description = "The school registry"),
                @Tag(name = "projects", description = "Projects: creation, validation, invitations, partners,"
                        + " closing; open and closed ones public (P1-P4)"),
                @Tag(name = "certificates", description = "Certificates as PDF with a verification code, and their"
                        + " verification without sign-in (P6)"),
                @Tag(name = "prizes", description = "The European Prizes: the css opens rounds with categories and an"
                        + " application period, projects holding the European Quality Label apply, the css marks the"
                        + " winners (P5)"),
                @Tag(name = "twinspace", description = "A project's workspace: its public part, its pages with every"
                        + " version and their history, materials, forum, teachers' bulletin, blog, guests, pupils and"
                        + " their wall, archived when the project closes (T1, T2, T3)"),
                @Tag(name = "events", description = "Events organised by validated teachers, online or face-to-face,"
                        + " public or private (for their organisers and the people invited), with registrations, a"
                        + " waiting list and invitations (E1, E2, E7)"),
                @Tag(name = "quality labels", description = "National and European Quality Labels: members apply with"
                        + " the five criteria, the nss (national) or css (European) scores and decides (P5)"),
                @Tag(name = "project validations", description = "The National Support Service's decisions on new"
                        + " projects, per founder country (P4)"),
                @Tag(name = "joining", description = "The terms of use and privacy notice in versions, their"
                        + " acceptance, a new teacher's first steps and the schools they propose (J1, J2)"),
                @Tag(name = "progression", description = "Progression bars, their rules and re-computation (S1-S6)"),
                @Tag(name = "learning", description = "Self-learning modules and their completion (H2, S5)"),
                @Tag(name = "notifications", description = "Notifications, read state and e-mail choices (N2, N4)"),
                @Tag(name = "messages", description = "Internal mail between users: threads, replies, unread state (N3)"),
                @Tag(name = "files", description = "Uploaded files: type checked by content, pictures re-encoded,"
                        + " downloads decided by the feature that owns the file"),
                @Tag(name = "admin", description = "Platform figures for the Central Support Service"),
                @Tag(name = "platform", description = "Health of a node, for load balancers")
        },
        security = @SecurityRequirement(name = "keycloak"),
        components = @Components(
                responses = {
                        @APIResponse(name = "BadRequest", description = "The request is not valid: detail says why,"
                                + " field names the parameter or body field when there is one. A token sent in the"
                                + " address instead of the Authorization header is refused so too.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", description = "No bearer token, or one that is not valid"
                                + " (expired, forged, of another realm).",
                                headers = @Header(name = "WWW-Authenticate", description = "The Bearer challenge",
                                        schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", description = "The caller may not do this: a role is missing,"
                                + " a partner system asks for what only a person has, or the account was deleted.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", description = "There is no such resource, or the caller may not"
                                + " know that it exists: both read the same.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", description = "It clashes with the current state: already done,"
                                + " or changed by someone at the same moment. Read again, then retry if it still"
                                + " applies.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooLarge", description = "The body is larger than 10 MB (21 MB for an"
                                + " upload to POST /v1/files).",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "UnsupportedMediaType", description = "The body's Content-Type is not one"
                                + " this operation reads.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unavailable", description = "The database does not answer for a moment;"
                                + " nothing was changed. Try again after Retry-After seconds.",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class)))
                },
                // the body of GET /v1/health, which HealthResource builds as a map
                schemas = @Schema(name = "Health", type = SchemaType.OBJECT, description = "Whether a node can serve,"
                        + " and the state of each thing it depends on.", requiredProperties = {"status", "checks"},
                        properties = {
                                @SchemaProperty(name = "status", type = SchemaType.STRING, enumeration = {"UP", "DOWN"},
                                        description = "UP when every check is UP"),
                                @SchemaProperty(name = "checks", type = SchemaType.OBJECT,
                                        additionalProperties = String.class,
                                        description = "Each check by name (database): UP or DOWN")
                        })))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token of realm 'twinning': a user's (authorization code or password grant)"
                + " or a partner system's (client credentials).")
public class ApiApplication extends Application {
}
