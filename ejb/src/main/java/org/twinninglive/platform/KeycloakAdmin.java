package org.twinninglive.platform;

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

/**
 * Keycloak's admin REST API as a service account of a realm sees it (client credentials): the one
 * way the platform changes accounts there, for the teachers' realm (people.KeycloakAccounts) and
 * the pupils' (twinspace.PupilAccounts).
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String keycloakUrl;
    private final String realm;
    private final String client;
    private final String secret;

    public KeycloakAdmin(String keycloakUrl, String realm, String client, String secret) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.client = client;
        this.secret = secret;
    }

    /** A request to {@code /admin/realms/{realm}{path}} with the service account's token. */
    public HttpRequest.Builder request(String path) throws IOException {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + encoded(realm) + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String token() throws IOException {
        String form = "grant_type=client_credentials&client_id=" + encoded(client) + "&client_secret=" + encoded(secret);
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + encoded(realm)
                        + "/protocol/openid-connect/token"))
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
}
