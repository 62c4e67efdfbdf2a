package org.twinninglive.people;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.logging.Logger;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.SignedInIdentity;

/**
 * The caller's own profile, for every service that acts on behalf of a person: checks that
 * the identity a door hands in is the one the container authenticated, and creates the
 * profile on the first sign-in. The one place of both rules.
 */
@Dependent
public class CallerProfile {

    private static final Logger LOG = Logger.getLogger(CallerProfile.class.getName());

    @Inject
    Principal caller;

    @Inject
    ProfileRepository profiles;

    @Inject
    Viewers viewers;

    @Inject
    Clock clock;

    @Inject
    Event<ProfileCreated> created;

    /** The caller's profile, refreshed from the token (created on the first sign-in). */
    public Profile of(SignedInIdentity identity) {
        requireCaller(identity);
        var now = clock.instant();
        var existing = viewers.profileIdOf(identity.subject()).flatMap(profiles::find);
        if (existing.isPresent()) {
            if (existing.get().signIn(identity, now)) {
                profiles.recordSignIn(existing.get().id(), now);
                existing.get().signedInAt(now);
            }
            return existing.get();
        }
        if (profiles.erased(identity.subject())) {
            throw new ForbiddenException("This account was deleted.").shownAs("account.deleted");
        }
        var profile = Profile.firstSignIn(identity, now);
        profiles.add(profile);
        viewers.created(identity.subject(), profile.id());
        LOG.info(() -> "First sign-in of %s: profile %s created".formatted(identity.username(), profile.id()));
        created.fire(new ProfileCreated(profile.id()));
        return profile;
    }

    /** The caller's profile when it is to be changed: row-locked, so concurrent changes queue. */
    public Profile forUpdate(SignedInIdentity identity) {
        requireCaller(identity);
        profiles.lockBySubject(identity.subject());
        return of(identity);
    }

    /** The identity handed in by a door must be the one the container authenticated. */
    public void requireCaller(SignedInIdentity identity) {
        if (identity.partnerSystem()) {
            throw new ForbiddenException("A partner system has no profile.").shownAs("account.partner");
        }
        if (identity.isPupil()) {
            // a pupil has no profile and never gets one: they act in their TwinSpace only (T2)
            throw new ForbiddenException("A pupil has no profile.").shownAs("account.pupil");
        }
        if (caller == null || !caller.getName().equals(identity.subject())) {
            throw new ForbiddenException("You can only act as yourself.").shownAs("account.notYou");
        }
    }
}
