package org.twinninglive.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.twinninglive.platform.SignedInIdentity;

/**
 * A user's profile. Its id is the platform's own opaque id, never the identity provider's
 * subject, so that ids shown in pages and the API reveal nothing about accounts elsewhere.
 * Born at the first sign-in; each later sign-in refreshes what the identity provider owns
 * (name, e-mail, country) and leaves what the user chose here (language) alone.
 */
@Entity
@Table(name = "profile")
public class Profile {

    /** Sign-ins closer together than this do not rewrite the row: most requests only read. */
    static final Duration SIGN_IN_RECORD_INTERVAL = Duration.ofMinutes(15);

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 64)
    private String subject;

    @Column(nullable = false, length = 120)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 2)
    private String country;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    @Version
    private long version;

    protected Profile() {
    }

    static Profile firstSignIn(SignedInIdentity identity, Instant now) {
        var profile = new Profile();
        profile.id = UUID.randomUUID().toString();
        profile.subject = identity.subject();
        profile.language = Language.DEFAULT.tag();
        profile.createdAt = now;
        profile.copyFrom(identity, now);
        return profile;
    }

    /**
     * Takes in what the identity provider says now. Leaves the row untouched when nothing
     * changed and the last recorded sign-in is recent, so reads do not turn into writes.
     */
    void signIn(SignedInIdentity identity, Instant now) {
        if (!subject.equals(identity.subject())) {
            throw new IllegalArgumentException("a profile signs in only its own account");
        }
        boolean claimsChanged = !Objects.equals(username, identity.username())
                || !Objects.equals(displayName, identity.name())
                || !Objects.equals(email, identity.email())
                || !Objects.equals(country, identity.country());
        boolean signInStale = lastSignInAt.plus(SIGN_IN_RECORD_INTERVAL).isBefore(now);
        if (claimsChanged || signInStale) {
            copyFrom(identity, now);
        }
    }

    void chooseLanguage(Language chosen) {
        language = chosen.tag();
    }

    private void copyFrom(SignedInIdentity identity, Instant now) {
        username = identity.username();
        displayName = identity.name();
        email = identity.email();
        country = identity.country();
        lastSignInAt = now;
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String country() {
        return country;
    }

    public Language language() {
        return Language.fromTag(language);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
