package org.twinninglive.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as every access rule needs it: a visitor, a person with (or about to have) a
 * profile, or a partner system; their roles and country as the identity provider vouched for
 * them. Resolved once per request ({@code people.Viewers}) and handed to the rules.
 *
 * @param kind      visitor, person, partner system or pupil (T2: a TwinSpace's login, without a profile)
 * @param identity  the signed-in identity, absent for a visitor
 * @param profileId the person's profile, absent for visitors, partner systems and a person
 *                  before their first sign-in has created it
 */
public record Viewer(Kind kind, Optional<SignedInIdentity> identity, Optional<String> profileId) {

    public enum Kind { VISITOR, PERSON, PARTNER_SYSTEM, PUPIL }

    public static final Viewer VISITOR = new Viewer(Kind.VISITOR, Optional.empty(), Optional.empty());

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    public boolean isPupil() {
        return kind == Kind.PUPIL;
    }

    public boolean isPartnerSystem() {
        return kind == Kind.PARTNER_SYSTEM;
    }

    public Set<String> roles() {
        return identity.map(SignedInIdentity::roles).orElse(Set.of());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** Whether this viewer is the person of that profile. */
    public boolean is(String otherProfileId) {
        return profileId.isPresent() && profileId.get().equals(otherProfileId);
    }
}
