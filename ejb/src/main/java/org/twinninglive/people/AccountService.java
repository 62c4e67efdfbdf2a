package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.platform.SignedInIdentity;

/**
 * A person's account as a whole (U5): all their data as one document, and deletion: asked
 * for, confirmed, carried out by {@link Erasure} once the grace period (14 days unless
 * {@code TWINNING_DELETION_GRACE} says otherwise, ISO-8601 such as P14D) is over; cancellable
 * until then.
 */
@Stateless
@PermitAll
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "twinning.deletion-grace", defaultValue = "P14D")
    String grace;

    @Inject
    Event<PersonalDataRequested> dataRequests;

    /** Schedules the erasure of the caller's account; asking again keeps the first date. */
    public Instant requestDeletion(SignedInIdentity identity) {
        var profile = callers.forUpdate(identity);
        if (profile.deletionDueAt() == null) {
            profile.scheduleDeletion(clock.instant().plus(Duration.parse(grace)));
            LOG.info(() -> "Profile %s asked for deletion, due %s".formatted(profile.id(), profile.deletionDueAt()));
        }
        return profile.deletionDueAt();
    }

    /** Keeps the account; nothing happens if no deletion was asked for. */
    public void cancelDeletion(SignedInIdentity identity) {
        var profile = callers.forUpdate(identity);
        if (profile.deletionDueAt() != null) {
            profile.cancelDeletion();
            LOG.info(() -> "Profile %s cancelled its deletion".formatted(profile.id()));
        }
    }

    /** When the caller's account will be erased, or null. */
    public Instant deletionDue(SignedInIdentity identity) {
        return callers.of(identity).deletionDueAt();
    }

    /**
     * Everything the platform holds about the caller, as one document: the account and profile
     * from here, then each feature's parts, which each feature adds itself when asked through
     * {@link PersonalDataRequested}. The shape is documented by {@link AccountData}.
     */
    public Map<String, Object> export(SignedInIdentity identity) {
        var p = callers.of(identity);
        String id = p.id();
        var account = new AccountData.Account(id, p.username(), p.displayName(), p.email(), p.country(),
                p.language().tag(), p.roles().stream().sorted().toList(), p.validationStatus().name(),
                p.validationReason(), p.createdAt(), p.lastSignInAt(), p.deletionDueAt(), p.photoVersion() > 0);
        var information = new PersonalInformation(p.displayName(), p.bio(),
                p.subjects().stream().map(Subject::valueOf).collect(java.util.stream.Collectors.toSet()), p.languages(),
                p.pupilsAgeFrom(), p.pupilsAgeTo());
        var request = PersonalDataRequested.of(id, identity);
        request.add("exportedAt", clock.instant());
        request.add("account", account);
        request.add("information", information);
        request.add("privacy", p.privacy());
        request.add("schools", profiles.memberships(id).stream().map(MembershipView::of).toList());
        dataRequests.fire(request);
        return request.parts();
    }
}
