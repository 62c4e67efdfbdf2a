package org.twinninglive.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider's side of an account deletion (U5): removes the user from the realm
 * through Keycloak's admin REST API, as the service account of the {@code twinning-accounts}
 * client (realm-management: manage-users). Removing the user ends their sessions too.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        var delete = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/twinning/users/"
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token())
                .DELETE()
                .build();
        int status = send(delete).statusCode();
        if (status != 204 && status != 404) {
            throw new IOException("Keycloak refused to remove user " + subject + ": HTTP " + status);
        }
    }

    private String token() throws IOException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/twinning/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused the token of " + client + ": HTTP " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }
}
