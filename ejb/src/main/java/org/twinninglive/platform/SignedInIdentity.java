package org.twinninglive.platform;

import java.util.Set;

/**
 * Who is signed in, as the identity provider vouched for it in the token. The doors read it
 * from the token and hand it to services; services never see the token itself.
 *
 * @param subject  the identity provider's stable id of the account
 * @param username the login name
 * @param name     the display name (may equal the username when the account has none)
 * @param email    the address, when the account has one
 * @param country  ISO 3166 alpha-2 code, when the account has one
 * @param roles    realm roles: teacher, moderator, nss, css; or pupil alone ({@link #pupil})
 * @param partnerSystem whether the token is a partner system's (client credentials), not a person's
 */
public record SignedInIdentity(String subject, String username, String name, String email,
                               String country, Set<String> roles, boolean partnerSystem) {

    /** A person's sign-in. */
    public SignedInIdentity(String subject, String username, String name, String email, String country,
                            Set<String> roles) {
        this(subject, username, name, email, country, roles, false);
    }

    /** A pupil's sign-in (realm {@code twinning-pupils}): a generated user name, no name, no e-mail, no country. */
    public static SignedInIdentity pupil(String subject, String username) {
        return new SignedInIdentity(subject, username, username, null, null, Set.of(Roles.PUPIL), false);
    }

    /** Whether this is a pupil of a TwinSpace, who has no profile and reaches their space alone. */
    public boolean isPupil() {
        return roles.contains(Roles.PUPIL);
    }

    /** Whether this is a person with a profile: neither a partner system nor a pupil. */
    public boolean isPerson() {
        return !partnerSystem && !isPupil();
    }

    public SignedInIdentity {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a signed-in identity has a subject");
        }
        username = username == null || username.isBlank() ? subject : username;
        // the identity provider's name, under the platform's rule of texts (controls dropped, NFC)
        name = Texts.cleanLine(name).isEmpty() ? username : Texts.cleanLine(name);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
