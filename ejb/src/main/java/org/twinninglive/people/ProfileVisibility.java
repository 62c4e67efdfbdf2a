package org.twinninglive.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.twinninglive.contacts.ContactRepository;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Who may see a profile, and what hangs on it (progression, activity, photo): the one place
 * of the rule of U4. The owner always; nobody an erased account; then by the owner's choice:
 * EVERYONE (visitors and partner systems too), REGISTERED (people signed in), CONTACTS (the
 * owner's contacts). People search applies the same rule as an index filter (PeopleSearch).
 * Two exceptions, for the profile's own page only ({@link #canOpen}): an nss opens the accounts
 * of their country that are not validated (pending or rejected, U6), so the review queue never
 * links to a page they cannot open; and whoever is asked to become a contact opens the page of
 * the person asking, to decide. Lists, search, feed, follows and invitations keep to
 * {@link #canSee}.
 */
@ApplicationScoped
public class ProfileVisibility {

    @Inject
    ProfileRepository profiles;

    @Inject
    ContactRepository contacts;

    @Inject
    Viewers viewers;

    public boolean canSee(Optional<SignedInIdentity> viewer, String profileId) {
        return profiles.find(profileId).filter(profile -> canSee(viewer, profile)).isPresent();
    }

    public boolean canSee(Optional<SignedInIdentity> viewer, Profile profile) {
        var person = person(viewer);
        boolean contact = profile.visibility() == Visibility.CONTACTS && person.isPresent()
                && contacts.areContacts(profile.id(), viewerId(viewer).orElse(null));
        return allows(profile, person, contact);
    }

    /** Whether the viewer may open the profile's page (and its photo, bar and activity). */
    public boolean canOpen(Optional<SignedInIdentity> viewer, Profile profile) {
        if (canSee(viewer, profile)) {
            return true;
        }
        if (profile.erased() || person(viewer).isEmpty()) {
            return false;
        }
        return reviews(person(viewer).get(), profile) || viewerId(viewer)
                .flatMap(me -> contacts.pendingBetween(me, profile.id()))
                .filter(request -> request.fromId().equals(profile.id()))
                .isPresent();
    }

    public boolean canOpen(Optional<SignedInIdentity> viewer, String profileId) {
        return profiles.find(profileId).filter(profile -> canOpen(viewer, profile)).isPresent();
    }

    /** Of these profiles, the ids of those the viewer may see; a fixed number of queries. */
    public Set<String> visibleAmong(Optional<SignedInIdentity> viewer, Collection<Profile> candidates) {
        var person = person(viewer);
        Set<String> contactIds = person.isEmpty() ? Set.of() : viewerId(viewer)
                .map(me -> contacts.contactsAmong(me, candidates.stream().map(Profile::id).toList()))
                .orElse(Set.of());
        return candidates.stream()
                .filter(profile -> allows(profile, person, contactIds.contains(profile.id())))
                .map(Profile::id)
                .collect(Collectors.toSet());
    }

    /** The viewer's profile id, when the viewer is a person with a profile. */
    public Optional<String> viewerId(Optional<SignedInIdentity> viewer) {
        return viewers.of(viewer).profileId();
    }

    private static Optional<SignedInIdentity> person(Optional<SignedInIdentity> viewer) {
        return viewer.filter(v -> !v.partnerSystem());
    }

    private static boolean reviews(SignedInIdentity officer, Profile profile) {
        return officer.roles().contains(Roles.NSS) && profile.validationStatus() != ValidationStatus.VALIDATED
                && officer.country() != null && officer.country().equals(profile.validationCountry());
    }

    private static boolean allows(Profile profile, Optional<SignedInIdentity> person, boolean contact) {
        if (profile.erased()) {
            return false;
        }
        if (person.isPresent() && person.get().subject().equals(profile.subject())) {
            return true;
        }
        return switch (profile.visibility()) {
            case EVERYONE -> true;
            case REGISTERED -> person.isPresent();
            case CONTACTS -> contact;
        };
    }
}
