package org.twinninglive.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.platform.KeycloakAdmin;

/**
 * The identity provider's side of an account deletion (U5): removes the user from the realm
 * through Keycloak's admin REST API, as the service account of the {@code twinning-accounts}
 * client (realm-management: manage-users). Removing the user ends their sessions too.
 */
@ApplicationScoped
public class KeycloakAccounts {

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "twinning.accounts-client", defaultValue = "twinning-accounts")
    String client;

    @Inject
    @ConfigProperty(name = "twinning.accounts-secret", defaultValue = "twinning-accounts-secret")
    String secret;

    /** Removes the user with this subject; an already removed user counts as removed. */
    public void remove(String subject) throws IOException {
        var admin = keycloak();
        int status = admin.send(admin.request("/users/" + KeycloakAdmin.encoded(subject)).DELETE())
                .statusCode();
        if (status != 204 && status != 404) {
            throw new IOException("Keycloak refused to remove user " + subject + ": HTTP " + status);
        }
    }

    private KeycloakAdmin admin;

    /** One client for every call, so its token is asked for once per lifetime. */
    private synchronized KeycloakAdmin keycloak() {
        if (admin == null) {
            admin = new KeycloakAdmin(keycloakUrl, "twinning", client, secret);
        }
        return admin;
    }
}
