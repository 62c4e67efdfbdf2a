package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.twinninglive.contacts.ContactRepository;

/**
 * Erases one account whose grace period is over (U5): the Keycloak user first (so that a
 * failure there leaves everything here to retry), then photo, school history, follows,
 * contacts, requests, activity, progression and learning records; the profile row stays as
 * "former member" so that what the person wrote elsewhere keeps an author.
 */
@Stateless
@PermitAll
public class ErasureStep {

    private static final Logger LOG = Logger.getLogger(ErasureStep.class.getName());

    @Inject
    ProfileRepository profiles;

    @Inject
    ContactRepository contacts;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

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
        contacts.eraseAllOf(profileId);
        profiles.erasePersonalRows(profileId);
        for (String table : List.of("progression_ledger", "progression_bar", "learning_completion")) {
            em.createNativeQuery("delete from " + table + " where profile_id = ?1").setParameter(1, profileId)
                    .executeUpdate();
        }
        profiles.rememberErased(profile.subject(), now);
        profile.erase(now);
        LOG.info(() -> "Account %s erased".formatted(profileId));
    }
}
