package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.twinninglive.contacts.ContactRepository;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.TimeZones;
import org.twinninglive.progression.ParticipationRecorded;
import org.twinninglive.schools.School;
import org.twinninglive.schools.SchoolRepository;

/**
 * Profiles (U1–U3): reading someone's profile as the viewer may see it, and the owner's own
 * changes: personal information, privacy, photo, school history. Every change is the
 * caller's own profile: there is no way to name someone else's.
 */
@Stateless
@PermitAll
public class ProfileService {

    @Inject
    ProfileRepository profiles;

    @Inject
    CallerProfile callers;

    @Inject
    ProfileVisibility visibility;

    @Inject
    ContactRepository contacts;

    @Inject
    SchoolRepository schools;

    @Inject
    Clock clock;

    @Inject
    Event<ParticipationRecorded> participation;

    @Inject
    Event<ValidationRequested> validationRequests;

    /** Someone's profile, for a viewer allowed to see it; to others it does not exist. */
    public PersonView person(Optional<SignedInIdentity> viewer, String profileId) {
        var profile = profiles.find(profileId)
                .filter(found -> visibility.canOpen(viewer, found))
                .orElseThrow(() -> new NotFoundException("The profile"));
        return view(profile, visibility.viewerId(viewer));
    }

    /** The caller's own profile, as they see it. */
    public PersonView mine(SignedInIdentity identity) {
        var profile = callers.of(identity);
        return view(profile, Optional.of(profile.id()));
    }

    /** Finds the caller's profile, creating it on their first sign-in. */
    public ProfileView signIn(SignedInIdentity identity) {
        return ProfileView.of(callers.of(identity), identity.roles());
    }

    public ProfileView chooseLanguage(SignedInIdentity identity, String languageTag) {
        var language = Language.find(languageTag).orElseThrow(() -> new InvalidInputException("language",
                "language is required and must be one of en, es, fr, de.").shownAs("language.unknown"));
        var profile = callers.forUpdate(identity);
        profile.chooseLanguage(language);
        return ProfileView.of(profile, identity.roles());
    }

    /** The zone the caller's dates are shown in, instead of their country's; an IANA id such as Europe/Madrid. */
    public ProfileView chooseTimeZone(SignedInIdentity identity, String zoneId) {
        var zone = TimeZones.parse(zoneId, "timeZone");
        var profile = callers.forUpdate(identity);
        profile.chooseTimeZone(zone);
        return ProfileView.of(profile, identity.roles());
    }

    public PersonView edit(SignedInIdentity identity, PersonalInformation information) {
        var profile = callers.forUpdate(identity);
        profile.edit(information);
        creditIfComplete(profile);
        return view(profile, Optional.of(profile.id()));
    }

    public PrivacySettings privacy(SignedInIdentity identity) {
        return callers.of(identity).privacy();
    }

    /** Takes effect at once: the next page, search or API call already applies it (U4). */
    public PrivacySettings choosePrivacy(SignedInIdentity identity, PrivacySettings settings) {
        var profile = callers.forUpdate(identity);
        profile.choosePrivacy(settings);
        return profile.privacy();
    }

    /** Replaces the caller's photo by the re-encoded upload; a refused upload changes nothing. */
    public PersonView uploadPhoto(SignedInIdentity identity, byte[] upload) {
        var processed = PhotoProcessing.process(upload);
        var profile = callers.forUpdate(identity);
        profiles.savePhoto(new ProfilePhoto(profile.id(), processed, clock.instant()));
        profile.photoChanged();
        participation.fire(new ParticipationRecorded(profile.id(), "photo-added", "photo"));
        creditIfComplete(profile);
        return view(profile, Optional.of(profile.id()));
    }

    /** Someone's photo (or its thumbnail), for a viewer allowed to see their profile. */
    public Optional<PhotoFile> photo(Optional<SignedInIdentity> viewer, String profileId, boolean thumbnail) {
        var profile = profiles.find(profileId).filter(found -> visibility.canOpen(viewer, found))
                .orElseThrow(() -> new NotFoundException("The profile"));
        if (profile.photoVersion() == 0) {
            return Optional.empty();
        }
        return profiles.photo(profile.id())
                .map(photo -> new PhotoFile(thumbnail ? photo.thumbnail() : photo.image(), profile.photoVersion(),
                        profile.privacy().robotsMayIndex()));
    }

    /**
     * "Add a school" (U3): ends the current membership today and starts the new one; a
     * teacher's account goes back to review by the nss of the new school's country (U6).
     */
    public PersonView addSchool(SignedInIdentity identity, String schoolId) {
        // a school proposed and not confirmed yet (J2) is joined by proposing it, not by its id
        var profile = callers.forUpdate(identity);
        School school = schools.find(schoolId).filter(s -> !s.proposal() || profile.id().equals(s.proposedBy()))
                .orElseThrow(ProfileService::unknownSchool);
        return join(identity, profile, school);
    }

    /**
     * Joins a school a teacher proposed (J2): their own proposal, or another teacher's of the same
     * school waiting for the same nss ({@code schools.SchoolService#propose} found it).
     */
    public PersonView joinProposedSchool(SignedInIdentity identity, String schoolId) {
        var profile = callers.forUpdate(identity);
        School school = schools.find(schoolId).filter(School::proposal).orElseThrow(ProfileService::unknownSchool);
        return join(identity, profile, school);
    }

    private static InvalidInputException unknownSchool() {
        return (InvalidInputException) new InvalidInputException("school",
                "school must be the id of a school of the registry (GET /api/v1/schools?q=...).")
                .shownAs("school.unknown");
    }

    private PersonView join(SignedInIdentity identity, Profile profile, School school) {
        var today = LocalDate.now(clock);
        var current = profiles.currentMembership(profile.id());
        if (current.isPresent()) {
            if (current.get().school().id().equals(school.id())) {
                throw new ConflictException("This is already your current school.").shownAs("school.current");
            }
            current.get().end(today);
        }
        profiles.addMembership(new SchoolMembership(profile.id(), school, today));
        profile.joinSchool(school);
        if (!identity.roles().contains(Roles.NSS) && !identity.roles().contains(Roles.CSS)) {
            profile.awaitValidation(school.country(), clock.instant());
            validationRequests.fire(new ValidationRequested(profile.id(), school.country()));
        }
        participation.fire(new ParticipationRecorded(profile.id(), "school-added", school.id(), school.name()));
        creditIfComplete(profile);
        return view(profile, Optional.of(profile.id()));
    }

    /** Someone's latest public activity (the Activity tab of U1), for a viewer allowed to see them. */
    public List<org.twinninglive.contacts.FeedItem> activity(Optional<SignedInIdentity> viewer, String profileId) {
        var profile = profiles.find(profileId).filter(found -> visibility.canOpen(viewer, found))
                .orElseThrow(() -> new NotFoundException("The profile"));
        var summary = PersonSummary.of(profile);
        return contacts.activityOf(List.of(profile.id()), new PageRequest(0, 20)).stream()
                .map(a -> new org.twinninglive.contacts.FeedItem(summary, a.kind(), a.reference(), a.label(),
                        a.createdAt()))
                .toList();
    }

    private void creditIfComplete(Profile profile) {
        if (profile.complete()) {
            participation.fire(ProfileCompleteness.credit(profile.id()));
        }
    }

    private PersonView view(Profile profile, Optional<String> viewerId) {
        boolean own = viewerId.filter(profile.id()::equals).isPresent();
        var relationship = relationship(profile, viewerId, own);
        // a school proposed and not confirmed yet (J2) is known to its teacher (and their nss) only
        var school = Optional.ofNullable(profile.currentSchool()).filter(s -> own || !s.proposal()).orElse(null);
        List<MembershipView> history = profiles.memberships(profile.id()).stream()
                .filter(m -> own || !m.school().proposal()).map(MembershipView::of).toList();
        return new PersonView(profile.id(), profile.displayName(), profile.country(),
                school == null ? null : new PersonView.SchoolSummary(school.id(), school.name(), school.country(),
                        school.city()),
                own || profile.showEmail() ? profile.email() : null, profile.bio(),
                profile.subjects().stream().sorted().toList(), profile.languages().stream().sorted().toList(),
                profile.pupilsAgeFrom(), profile.pupilsAgeTo(), profile.photoVersion(),
                validationSeenBy(profile, own).name(), own ? profile.validationReason() : null,
                profile.privacy().robotsMayIndex(), history, relationship);
    }

    /**
     * A rejection is between the teacher and their nss (who reads it in the queue): on the
     * profile, everyone else reads "pending".
     */
    private static ValidationStatus validationSeenBy(Profile profile, boolean own) {
        var status = profile.validationStatus();
        return own || status != ValidationStatus.REJECTED ? status : ValidationStatus.PENDING_VALIDATION;
    }

    private PersonView.Relationship relationship(Profile profile, Optional<String> viewerId, boolean own) {
        if (viewerId.isEmpty() || own) {
            return new PersonView.Relationship(own, viewerId.isPresent(), false, false, null, false, false);
        }
        String me = viewerId.get();
        var pending = contacts.pendingBetween(me, profile.id());
        return new PersonView.Relationship(false, true, contacts.follows(me, profile.id()),
                contacts.areContacts(me, profile.id()), pending.map(r -> r.id()).orElse(null),
                pending.filter(r -> r.toId().equals(me)).isPresent(), profile.acceptsContactRequests());
    }
}
