package org.twinninglive.people;

import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in user as the doors show them to themselves: their profile and the roles of
 * the current sign-in. {@code timeZone} is the IANA id of the zone their dates are shown in.
 */
public record ProfileView(String id, String username, String name, String email, String country,
                          String language, String timeZone, Set<String> roles) implements java.io.Serializable {

    public ProfileView {
        roles = Set.copyOf(roles);
    }

    static ProfileView of(Profile profile, Set<String> roles) {
        return new ProfileView(profile.id(), profile.username(), profile.displayName(), profile.email(),
                profile.country(), profile.language().tag(), profile.timeZone().getId(), roles);
    }

    /** Roles in a stable order, for display and JSON. */
    public java.util.List<String> sortedRoles() {
        return java.util.List.copyOf(new TreeSet<>(roles));
    }
}
