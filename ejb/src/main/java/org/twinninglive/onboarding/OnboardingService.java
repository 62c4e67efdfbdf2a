package org.twinninglive.onboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.PersonView;
import org.twinninglive.people.ProfileService;
import org.twinninglive.people.ValidationRequested;
import org.twinninglive.people.ValidationStatus;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.schools.SchoolProposal;
import org.twinninglive.schools.SchoolService;

/**
 * The first steps of a new teacher (J2): the first sign-in leads to them once; they choose or
 * propose their school, say what and whom they teach and their privacy (the profile's own
 * services do the saving), then finish, and their account waits for the review of their
 * National Support Service (U6), who is told of it. Officers are appointed, not onboarded.
 */
@Stateless
@PermitAll
public class OnboardingService {

    @Inject
    JoiningRepository joining;

    @Inject
    CallerProfile callers;

    @Inject
    ProfileService profiles;

    @Inject
    SchoolService schools;

    @Inject
    Event<ValidationRequested> validationRequests;

    @Inject
    Clock clock;

    /** Whether the person is still to take their first steps. */
    public boolean pending(SignedInIdentity identity) {
        if (officer(identity)) {
            return false;
        }
        return joining.firstSteps(callers.of(identity).id()).isEmpty();
    }

    /**
     * Proposes a school that is not in the registry and makes it the teacher's current one; one
     * the registry has (by national id, or by name and city) is refused with it
     * ({@link org.twinninglive.schools.SchoolAlreadyRegisteredException}).
     */
    public PersonView proposeSchool(SignedInIdentity identity, SchoolProposal proposal) {
        var profile = callers.forUpdate(identity);
        var school = schools.propose(proposal, profile.id(), clock.instant());
        return profiles.joinProposedSchool(identity, school.id());
    }

    /**
     * Ends the first steps (also when put off: the desktop's checklist says what is missing). The
     * nss hears of the account now if choosing a school did not tell them already.
     */
    public void finish(SignedInIdentity identity) {
        var profile = callers.forUpdate(identity);
        if (joining.firstSteps(profile.id()).isPresent()) {
            return;
        }
        joining.add(new FirstSteps(profile.id(), clock.instant()));
        if (!officer(identity) && profile.validationStatus() == ValidationStatus.PENDING_VALIDATION
                && profile.currentSchool() == null && profile.validationCountry() != null) {
            validationRequests.fire(new ValidationRequested(profile.id(), profile.validationCountry()));
        }
    }

    private static boolean officer(SignedInIdentity identity) {
        return identity.roles().contains(Roles.NSS) || identity.roles().contains(Roles.CSS);
    }
}
