package org.twinninglive.people;

import java.util.List;

/**
 * Who the bearer of the token is. For a user: their profile id, name, e-mail, country, language,
 * time zone (the IANA id of the one they chose, else their country's) and roles. For a partner
 * system (client credentials): {@code kind} "partner-system", its client as name, and no profile
 * fields.
 */
public record MeRepresentation(String id, String kind, String name, String email, String country,
                               String language, String timeZone, List<String> roles) {

    static MeRepresentation of(ProfileView profile) {
        return new MeRepresentation(profile.id(), "user", profile.name(), profile.email(), profile.country(),
                profile.language(), profile.timeZone(), profile.sortedRoles());
    }

    static MeRepresentation partnerSystem(String client) {
        return new MeRepresentation(null, "partner-system", client, null, null, null, null, List.of());
    }
}
