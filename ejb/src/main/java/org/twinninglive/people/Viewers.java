package org.twinninglive.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;

/**
 * Resolves who is asking once per request: the profile id of a signed-in person is read from
 * the database the first time a rule asks, then remembered for the rest of the request
 * (pages and resources call several services and rules, each of which asked again before).
 */
@RequestScoped
public class Viewers {

    @Inject
    ProfileRepository profiles;

    private final Map<String, Optional<String>> profileIds = new HashMap<>();

    public Viewer of(Optional<SignedInIdentity> identity) {
        if (identity.isEmpty()) {
            return Viewer.VISITOR;
        }
        var signedIn = identity.get();
        if (signedIn.partnerSystem()) {
            return new Viewer(Viewer.Kind.PARTNER_SYSTEM, identity, Optional.empty());
        }
        if (signedIn.isPupil()) {
            // a pupil has no profile: their space (twinspace.SpacePupils) knows them by their subject
            return new Viewer(Viewer.Kind.PUPIL, identity, Optional.empty());
        }
        return new Viewer(Viewer.Kind.PERSON, identity, profileIdOf(signedIn.subject()));
    }

    public Viewer of(SignedInIdentity identity) {
        return of(Optional.of(identity));
    }

    /** The profile id of a subject; an absent one (no profile yet) is asked again next time. */
    Optional<String> profileIdOf(String subject) {
        var known = profileIds.get(subject);
        if (known != null) {
            return known;
        }
        var found = profiles.findBySubject(subject).map(Profile::id);
        if (found.isPresent()) {
            profileIds.put(subject, found);
        }
        return found;
    }

    /** The first sign-in created this subject's profile. */
    void created(String subject, String profileId) {
        profileIds.put(subject, Optional.of(profileId));
    }
}
