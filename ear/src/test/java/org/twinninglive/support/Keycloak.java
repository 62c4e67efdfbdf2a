package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * Real tokens from the suite's Keycloak (started by the build with the twinning realm), and
 * fresh accounts made through its admin API for tests that need a user nobody has seen yet.
 */
public final class Keycloak {

    private static final String REALM = TestServers.KEYCLOAK + "/realms/twinning";
    /** The pupils' realm (T2): their logins, made by the platform. */
    public static final String PUPILS_REALM = TestServers.KEYCLOAK + "/realms/twinning-pupils";
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A demo user's access token (their password is their user name). */
    public static String tokenOf(String username) {
        return tokenOf(username, username);
    }

    /** A token of this user, the same one again while it has more than a minute to live. */
    public static String tokenOf(String username, String password) {
        return cached("user " + username + "/" + password, Map.of(
                "grant_type", "password",
                "client_id", "twinning-web",
                "client_secret", "twinning-web-secret",
                "username", username,
                "password", password));
    }

    /** A pupil's token (realm twinning-pupils, the pupils' pages' client), asked for with their access code. */
    public static String pupilToken(String username, String password) {
        var answer = pupilGrant(username, password);
        assertThat(answer.status()).as("token of pupil %s: %s", username, answer.body()).isEqualTo(200);
        return answer.json().get("access_token").asText();
    }

    /** The password grant of a pupil, as Keycloak answers it (400 or 401 when the code no longer works). */
    public static Http.Answer pupilGrant(String username, String password) {
        return Http.postForm(PUPILS_REALM + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", "twinning-pupil-web",
                "client_secret", "twinning-pupil-web-secret",
                "username", username,
                "password", password));
    }

    /** The realm's token endpoint, for grants a test sends itself (one that must fail, say). */
    public static String tokenUrl() {
        return REALM + "/protocol/openid-connect/token";
    }

    /** The admin API's user search of the realm, e.g. {@code users("username=bob")}. */
    public static String users(String query) {
        return TestServers.KEYCLOAK + "/admin/realms/twinning/users?exact=true&" + query;
    }

    /** The partner system's token (client credentials). */
    public static String partnerToken() {
        return cached("partner-demo", Map.of(
                "grant_type", "client_credentials",
                "client_id", "partner-demo",
                "client_secret", "partner-demo-secret"));
    }

    private record Token(String value, Instant renewAt) {
    }

    /** Tokens asked for once per user and lifetime, not once per test: Keycloak's grants are the suite's cost. */
    private static String cached(String who, Map<String, String> grant) {
        var token = TOKENS.get(who);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            var answer = Http.postForm(REALM + "/protocol/openid-connect/token", grant);
            assertThat(answer.status()).as("token of %s: %s", who, answer.body()).isEqualTo(200);
            long lifetime = answer.json().get("expires_in").asLong();
            token = new Token(answer.json().get("access_token").asText(), Instant.now().plusSeconds(lifetime - 60));
            TOKENS.put(who, token);
        }
        return token.value();
    }

    /** Creates a teacher account that has never signed in; returns its user name (= password). */
    public static String newTeacher(String name, String country) {
        String username = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken();
        String[] names = name.split(" ", 2);
        var created = Http.send("POST", TestServers.KEYCLOAK + "/admin/realms/twinning/users", admin, "application/json", """
                {"username": "%s", "enabled": true, "email": "%s@example.org", "emailVerified": true,
                 "firstName": "%s", "lastName": "%s", "attributes": {"country": ["%s"], "registration_country": ["%s"]},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(username, username, names[0], names[1], country, country, username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var user = Http.get(TestServers.KEYCLOAK + "/admin/realms/twinning/users?exact=true&username=" + username, admin)
                .json().get(0);
        var role = Http.get(TestServers.KEYCLOAK + "/admin/realms/twinning/roles/teacher", admin).body();
        var granted = Http.send("POST", TestServers.KEYCLOAK + "/admin/realms/twinning/users/" + user.get("id").asText()
                + "/role-mappings/realm", admin, "application/json", "[" + role + "]");
        assertThat(granted.status()).as(granted.body()).isEqualTo(204);
        return username;
    }

    public static String adminToken() {
        var answer = Http.postForm(TestServers.KEYCLOAK + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("access_token").asText();
    }
}
