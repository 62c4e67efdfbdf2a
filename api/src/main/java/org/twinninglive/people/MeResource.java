package org.twinninglive.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.TimeZones;

/** The bearer of the token, as the platform knows them. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class MeResource {

    @Inject
    CurrentIdentity current;

    @Inject
    ProfileService profiles;

    @GET
    @Operation(operationId = "whoAmI", summary = "Who am I",
            description = "The signed-in user's profile and roles; for a partner system's token, the client it"
                    + " belongs to. The first call of a user creates their profile.")
    @APIResponse(responseCode = "200", description = "The bearer of the token")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "The account was deleted.")
    public MeRepresentation me() {
        var identity = current.require();
        if (identity.partnerSystem()) {
            return MeRepresentation.partnerSystem(identity.username());
        }
        return MeRepresentation.of(profiles.signIn(identity));
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "choosePreferences", summary = "Choose my preferences",
            description = "The language of the platform's texts (language: en, es, fr or de) and the time zone its"
                    + " pages and mail show dates in (timeZone: an IANA id such as Europe/Madrid; until one is"
                    + " chosen, the zone of the user's country). Send either or both; what is not sent stays as it"
                    + " was, and a refused value changes nothing. The API itself speaks ISO-8601 instants in UTC.")
    @APIResponse(responseCode = "200", description = "The bearer, with the preferences chosen")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public MeRepresentation choosePreferences(PreferencesRequest preferences) {
        if (preferences == null || (preferences.language() == null && preferences.timeZone() == null)) {
            throw new InvalidInputException("language", "Send a JSON body with language, timeZone or both, such as"
                    + " {\"language\": \"es\", \"timeZone\": \"Europe/Madrid\"}.");
        }
        var identity = current.require();
        if (identity.partnerSystem()) {
            throw new ForbiddenException("A partner system has no preferences of its own.");
        }
        ProfileView chosen = null;
        if (preferences.language() != null) {
            if (preferences.timeZone() != null) {
                // checked before the language is saved, so that a refused zone leaves both as they were
                TimeZones.parse(preferences.timeZone(), "timeZone");
            }
            chosen = profiles.chooseLanguage(identity, preferences.language());
        }
        if (preferences.timeZone() != null) {
            chosen = profiles.chooseTimeZone(identity, preferences.timeZone());
        }
        return MeRepresentation.of(chosen);
    }
}
