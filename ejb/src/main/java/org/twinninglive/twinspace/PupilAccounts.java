package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.platform.KeycloakAdmin;

/**
 * The pupils' logins in Keycloak (T2, DESIGN.md "identities"): accounts of the realm
 * {@code twinning-pupils} made, given a new password and removed through Keycloak's admin REST
 * API, as the service account of its {@code twinning-pupil-accounts} client (realm-management:
 * manage-users). Keycloak keeps the passwords (hashed, under the realm's policy and brute-force
 * protection); the platform never stores one.
 */
@ApplicationScoped
public class PupilAccounts {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PupilAccounts.class.getName());

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "twinning.pupils-realm", defaultValue = "twinning-pupils")
    String realm;

    @Inject
    @ConfigProperty(name = "twinning.pupil-accounts-client", defaultValue = "twinning-pupil-accounts")
    String client;

    @Inject
    @ConfigProperty(name = "twinning.pupil-accounts-secret", defaultValue = "twinning-pupil-accounts-secret")
    String secret;

    /**
     * Makes an account with this user name and password; its subject, or empty when the user name
     * is taken (the caller draws another).
     */
    public Optional<String> create(String username, String password) throws IOException {
        String body = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString();
        var response = send(admin("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() == 409) {
            return Optional.empty();
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 201 || !location.contains("/users/")) {
            throw new IOException("Keycloak refused to make pupil " + username + ": HTTP " + response.statusCode());
        }
        return Optional.of(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * Gives the account a new password and ends its sessions: whoever knew the old code (another
     * child on a shared computer) is signed out when their access token runs out (5 minutes), as
     * Keycloak then refuses to renew it.
     */
    public void resetPassword(String subject, String password) throws IOException {
        String body = Json.createObjectBuilder().add("type", "password").add("value", password)
                .add("temporary", false).build().toString();
        var response = send(admin("/users/" + encoded(subject) + "/reset-password")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 204) {
            throw new IOException("Keycloak refused a new password for " + subject + ": HTTP " + response.statusCode());
        }
        // the new password is set: a failure now must not hide it from the teacher, who would be left with no code
        try {
            int ended = send(admin("/users/" + encoded(subject) + "/logout")
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
            if (ended != 204) {
                LOG.warning(() -> "Keycloak did not end the sessions of pupil " + subject + ": HTTP " + ended);
            }
        } catch (IOException notEnded) {
            LOG.log(java.util.logging.Level.WARNING, "Keycloak did not end the sessions of pupil " + subject, notEnded);
        }
    }

    /** Removes the account (its sessions end with it); an already removed one counts as removed. */
    public void remove(String subject) throws IOException {
        int status = send(admin("/users/" + encoded(subject)).DELETE()).statusCode();
        if (status != 204 && status != 404) {
            throw new IOException("Keycloak refused to remove pupil " + subject + ": HTTP " + status);
        }
    }

    private HttpRequest.Builder admin(String path) {
        return keycloak().request(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        return keycloak().send(request);
    }

    private KeycloakAdmin admin;

    /** One client for every call, so its token is asked for once per lifetime. */
    private synchronized KeycloakAdmin keycloak() {
        if (admin == null) {
            admin = new KeycloakAdmin(keycloakUrl, realm, client, secret);
        }
        return admin;
    }

    private static String encoded(String value) {
        return KeycloakAdmin.encoded(value);
    }
}
