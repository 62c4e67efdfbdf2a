package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Erases one account whose grace period is over (U5): the Keycloak user first (so that a
 * failure there leaves everything here to retry), then every feature's rows (each feature
 * observes {@link AccountErasing}), then photo and school history; the profile row stays as
 * "former member" so that what the person wrote elsewhere keeps an author.
 */
@Stateless
@PermitAll
public class ErasureStep {

    private static final Logger LOG = Logger.getLogger(ErasureStep.class.getName());

    @Inject
    ProfileRepository profiles;

    @Inject
    Event<AccountErasing> erasing;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Clock clock;


    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void erase(String profileId) {
        profiles.lock(List.of(profileId));
        var profile = profiles.find(profileId).orElse(null);
        var now = clock.instant();
        if (profile == null || profile.deletionDueAt() == null || profile.deletionDueAt().isAfter(now)) {
            return;
        }
        try {
            keycloak.remove(profile.subject());
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
        // every feature erases its own rows, in this transaction: all of it happens, or none
        erasing.fire(new AccountErasing(profileId));
        profiles.erasePersonalRows(profileId);
        profiles.rememberErased(profile.subject(), now);
        profile.erase(now);
        LOG.info(() -> "Account %s erased".formatted(profileId));
    }
}
