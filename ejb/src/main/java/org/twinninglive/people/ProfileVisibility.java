package org.twinninglive.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Who may see a profile (and what hangs on it: progression, activity). The one place of this
 * rule. Today every profile has the default visibility of U4, "registered users": people who
 * are signed in see it; visitors and partner systems do not. Privacy settings (U4) extend this.
 */
@ApplicationScoped
public class ProfileVisibility {

    @Inject
    ProfileRepository profiles;

    public boolean canSee(Optional<SignedInIdentity> viewer, String profileId) {
        if (profileId == null || viewer.isEmpty() || viewer.get().partnerSystem()) {
            return false;
        }
        return profiles.find(profileId).isPresent();
    }
}
