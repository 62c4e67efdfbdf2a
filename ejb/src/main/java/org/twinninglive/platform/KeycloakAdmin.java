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
import java.time.Instant;

/**
 * Keycloak's admin REST API as a service account of a realm sees it (client credentials): the one
 * way the platform changes accounts there, for the teachers' realm (people.KeycloakAccounts) and
 * the pupils' (twinspace.PupilAccounts). Its token serves every call until shortly before it
 * expires: a class of 40 pupils' logins is 40 calls, not 80.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String keycloakUrl;
    private final String realm;
    private final String client;
    private final String secret;
    private String token;
    private Instant renewAt = Instant.EPOCH;

    public KeycloakAdmin(String keycloakUrl, String realm, String client, String secret) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.client = client;
        this.secret = secret;
    }

    /** A request to {@code /admin/realms/{realm}{path}}; {@link #send} adds the service account's token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + encoded(realm) + path))
                .timeout(Duration.ofSeconds(10));
    }

    /** Sends it with the token; a token Keycloak no longer takes (it restarted) is asked for again, once. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        var response = sent(request.setHeader("Authorization", "Bearer " + token()).build());
        if (response.statusCode() == 401) {
            forgetToken();
            response = sent(request.setHeader("Authorization", "Bearer " + token()).build());
        }
        return response;
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private static HttpResponse<String> sent(HttpRequest request) throws IOException {
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

    private synchronized String token() throws IOException {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encoded(client) + "&client_secret=" + encoded(secret);
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + encoded(realm)
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        var response = sent(request);
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused the token of " + client + ": HTTP " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            var answer = reader.readObject();
            token = answer.getString("access_token");
            // renewed half a minute before Keycloak's lifetime ends (at once when it gives none)
            renewAt = Instant.now().plusSeconds(Math.max(0, answer.getInt("expires_in", 0) - 30));
            return token;
        }
    }
}
