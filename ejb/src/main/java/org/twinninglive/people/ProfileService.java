package org.twinninglive.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;

/**
 * The signed-in user's own profile: created on the first sign-in, refreshed on later ones,
 * and the choices that are theirs to make (language).
 */
@Stateless
@PermitAll
public class ProfileService {

    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());

    @Inject
    ProfileRepository profiles;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    ProfileVisibility visibility;

    /** Someone's profile, for a viewer allowed to see it; to others it does not exist. */
    public PersonView person(Optional<SignedInIdentity> viewer, String profileId) {
        var profile = profiles.find(profileId)
                .filter(found -> visibility.canSee(viewer, found.id()))
                .orElseThrow(() -> new NotFoundException("The profile"));
        return new PersonView(profile.id(), profile.displayName(), profile.country());
    }

    /** Finds the caller's profile, creating it on their first sign-in. */
    public ProfileView signIn(SignedInIdentity identity) {
        return ProfileView.of(profileOf(identity), identity.roles());
    }

    public ProfileView chooseLanguage(SignedInIdentity identity, String languageTag) {
        var language = Language.find(languageTag).orElseThrow(() -> new InvalidInputException("language",
                "language is required and must be one of en, es, fr, de."));
        var profile = profileOf(identity);
        profile.chooseLanguage(language);
        return ProfileView.of(profile, identity.roles());
    }

    private Profile profileOf(SignedInIdentity identity) {
        requireCaller(identity);
        var now = clock.instant();
        var existing = profiles.findBySubject(identity.subject());
        if (existing.isPresent()) {
            existing.get().signIn(identity, now);
            return existing.get();
        }
        var created = Profile.firstSignIn(identity, now);
        profiles.add(created);
        LOG.info(() -> "First sign-in of %s: profile %s created".formatted(identity.username(), created.id()));
        return created;
    }

    /** The identity handed in by a door must be the one the container authenticated. */
    private void requireCaller(SignedInIdentity identity) {
        if (identity.partnerSystem()) {
            throw new ForbiddenException("A partner system has no profile.");
        }
        var caller = session.getCallerPrincipal();
        if (caller == null || !caller.getName().equals(identity.subject())) {
            throw new ForbiddenException("You can only act as yourself.");
        }
    }
}
