package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;

/** GET /api/v1/me and the first sign-in that creates a profile (foundation, A1). */
@ExtendWith(ArquillianExtension.class)
class MeApiIT {

    @Test
    void aliceTokenAnswersHerProfileAndTeacherRole() {
        var me = Http.get(API + "/v1/me", Keycloak.tokenOf("alice"));

        assertThat(me.status()).isEqualTo(200);
        var json = me.json();
        assertThat(json.get("name").asText()).isEqualTo("Alice Martín");
        assertThat(json.get("email").asText()).isEqualTo("alice@example.org");
        assertThat(json.get("country").asText()).isEqualTo("ES");
        assertThat(json.get("roles")).extracting(node -> node.asText()).containsExactly("teacher");
        // the platform's own id, never Keycloak's subject
        assertThat(json.get("id").asText()).isNotBlank().doesNotStartWith("10000000-");
    }

    @Test
    void rolesComeFromTheToken() {
        var dana = Http.get(API + "/v1/me", Keycloak.tokenOf("dana")).json();
        var css = Http.get(API + "/v1/me", Keycloak.tokenOf("css")).json();

        assertThat(dana.get("roles")).extracting(node -> node.asText()).containsExactly("moderator", "teacher");
        assertThat(css.get("roles")).extracting(node -> node.asText()).containsExactly("css");
    }

    @Test
    void withoutTokenTheAnswerIs401Problem() {
        var me = Http.get(API + "/v1/me", null);

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.wwwAuthenticate()).startsWith("Bearer");
        assertThat(me.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aForgedTokenIsRefused() {
        String alice = Keycloak.tokenOf("alice");
        String[] parts = alice.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        var me = Http.get(API + "/v1/me", forged);

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.body()).doesNotContain("Exception");
    }

    @Test
    void aPartnerSystemIsNotAPerson() {
        var me = Http.get(API + "/v1/me", Keycloak.partnerToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("kind").asText()).isEqualTo("partner-system");
        assertThat(me.json().get("name").asText()).isEqualTo("partner-demo");
        assertThat(me.json().has("id")).isFalse();
    }

    @Test
    void theFirstSignInCreatesTheProfileFromTheTokenExactlyOnce() {
        String cssToken = Keycloak.tokenOf("css");
        long before = Http.get(API + "/v1/admin/statistics", cssToken).json().get("profiles").asLong();
        String username = Keycloak.newTeacher("Inês Carvalho", "PT");
        String token = Keycloak.tokenOf(username);

        var first = Http.get(API + "/v1/me", token).json();
        var second = Http.get(API + "/v1/me", token).json();

        assertThat(first.get("name").asText()).isEqualTo("Inês Carvalho");
        assertThat(first.get("country").asText()).isEqualTo("PT");
        assertThat(first.get("roles")).extracting(node -> node.asText()).containsExactly("teacher");
        assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText());
        long after = Http.get(API + "/v1/admin/statistics", cssToken).json().get("profiles").asLong();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void theChosenLanguageIsKeptAndABadOneChangesNothing() {
        String username = Keycloak.newTeacher("Jonas Berg", "SE");
        String token = Keycloak.tokenOf(username);

        var chosen = Http.send("PUT", API + "/v1/me/preferences", token, "application/json", "{\"language\": \"fr\"}");
        var refused = Http.send("PUT", API + "/v1/me/preferences", token, "application/json", "{\"language\": \"klingon\"}");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asText()).isEqualTo("language");
        assertThat(Http.get(API + "/v1/me", token).json().get("language").asText()).isEqualTo("fr");
    }

    @Test
    void untilOneIsChosenTheTimeZoneIsTheCountrys() {
        var finn = Http.get(API + "/v1/me", Keycloak.tokenOf(Keycloak.newTeacher("Aino Virtanen", "FI"))).json();
        var spaniard = Http.get(API + "/v1/me", Keycloak.tokenOf(Keycloak.newTeacher("Lucía Gil", "ES"))).json();

        assertThat(finn.get("timeZone").asText()).isEqualTo("Europe/Helsinki");
        assertThat(spaniard.get("timeZone").asText()).isEqualTo("Europe/Madrid");
    }

    @Test
    void theChosenTimeZoneIsKeptAndTheLanguageLeftAlone() {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Brigid Walsh", "IE"));
        Http.send("PUT", API + "/v1/me/preferences", token, "application/json", "{\"language\": \"fr\"}");

        var chosen = Http.send("PUT", API + "/v1/me/preferences", token, "application/json",
                "{\"timeZone\": \"Europe/Lisbon\"}");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("timeZone").asText()).isEqualTo("Europe/Lisbon");
        var me = Http.get(API + "/v1/me", token).json();
        assertThat(me.get("timeZone").asText()).isEqualTo("Europe/Lisbon");
        assertThat(me.get("language").asText()).isEqualTo("fr");
    }

    @Test
    void bothPreferencesAreChosenInOneRequest() {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Klaus Weber", "DE"));

        var chosen = Http.send("PUT", API + "/v1/me/preferences", token, "application/json",
                "{\"language\": \"de\", \"timeZone\": \"Atlantic/Canary\"}");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("language").asText()).isEqualTo("de");
        assertThat(chosen.json().get("timeZone").asText()).isEqualTo("Atlantic/Canary");
    }

    @Test
    void anUnknownTimeZoneIs400NamingTheFieldAndChangesNothing() {
        String token = Keycloak.tokenOf(Keycloak.newTeacher("Nikos Papadopoulos", "GR"));

        var unknown = Http.send("PUT", API + "/v1/me/preferences", token, "application/json",
                "{\"timeZone\": \"Mars/Olympus\"}");
        var withLanguage = Http.send("PUT", API + "/v1/me/preferences", token, "application/json",
                "{\"language\": \"es\", \"timeZone\": \"+02:00\"}");
        var neither = Http.send("PUT", API + "/v1/me/preferences", token, "application/json", "{}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("field").asText()).isEqualTo("timeZone");
        assertThat(withLanguage.status()).isEqualTo(400);
        assertThat(withLanguage.json().get("field").asText()).isEqualTo("timeZone");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.contentType()).startsWith("application/problem+json");
        var me = Http.get(API + "/v1/me", token).json();
        assertThat(me.get("timeZone").asText()).isEqualTo("Europe/Athens");
        assertThat(me.get("language").asText()).isEqualTo("en");
    }

    @Test
    void aPartnerSystemHasNoPreferences() {
        var answer = Http.send("PUT", API + "/v1/me/preferences", Keycloak.partnerToken(), "application/json",
                "{\"language\": \"fr\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
