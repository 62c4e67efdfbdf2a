package org.twinninglive.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.KEYCLOAK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;

/**
 * Joining (J1, J2) over REST and Keycloak's admin API: the realms as the issue wants them (the
 * demo overlay the tests run on, the production overlay's password policy), the first sign-in
 * of an account nobody onboarded, the school a teacher proposes on its way to the nss, and a
 * new version of the terms that everyone accepts again.
 */
@ExtendWith(ArquillianExtension.class)
class JoiningApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REALM_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../wildfly-config/src/main/keycloak").normalize();

    @Test
    void theRealmLetsPeopleRegisterVerifyTheirAddressAndRecoverTheirPassword() {
        var realm = Http.get(KEYCLOAK + "/admin/realms/twinning", Keycloak.adminToken()).json();
        assertThat(realm.get("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.get("verifyEmail").asBoolean()).as("no token before the address is verified").isTrue();
        assertThat(realm.get("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("loginTheme").asText()).isEqualTo("twinning");
        assertThat(realm.get("emailTheme").asText()).isEqualTo("twinning");
        assertThat(realm.get("smtpServer").get("port").asText()).as("Keycloak mails through the platform's SMTP")
                .isEqualTo(System.getProperty("test.smtp.port", "3125"));
        assertThat(realm.get("registrationFlow").asText()).isEqualTo("registration with terms");
        var defaults = Http.get(KEYCLOAK + "/admin/realms/twinning/roles/default-roles-twinning/composites",
                Keycloak.adminToken()).body();
        assertThat(defaults).as("a self-registered account is a teacher").contains("\"name\":\"teacher\"");

        var executions = Http.get(KEYCLOAK + "/admin/realms/twinning/authentication/flows/"
                + "registration%20with%20terms/executions", Keycloak.adminToken()).json();
        assertThat(requirementOf(executions, "registration-terms-and-conditions")).as("no account without the terms")
                .isEqualTo("REQUIRED");
        var actions = Http.get(KEYCLOAK + "/admin/realms/twinning/authentication/required-actions", Keycloak.adminToken()).json();
        assertThat(enabled(actions, "TERMS_AND_CONDITIONS")).as("so that the form stamps the acceptance's time").isTrue();
        assertThat(enabled(actions, "CONFIGURE_TOTP")).as("a user may turn on a second factor").isTrue();

        var profile = Http.get(KEYCLOAK + "/admin/realms/twinning/users/profile", Keycloak.adminToken()).json();
        var country = attribute(profile, "country");
        assertThat(country.get("permissions").get("edit").toString()).as("the officers' country is the administrators'")
                .doesNotContain("\"user\"");
        var chosen = attribute(profile, "registration_country");
        assertThat(chosen.get("annotations").get("inputType").asText()).isEqualTo("select");
        assertThat(chosen.get("validations").get("options").get("options")).hasSize(44);
        assertThat(chosen.get("required").get("roles").toString()).contains("user");
        assertThat(realm.get("passwordPolicy").asText()).as("the demo overlay keeps its name-as-password accounts")
                .doesNotContain("length(");
    }

    /** The production overlay, imported as a realm of its own on the tests' Keycloak, refuses weak passwords with the reason. */
    @Test
    void theProductionOverlayRefusesShortCommonAndNameLikePasswords() throws IOException {
        String name = "policy-check-" + People.uniqueWord().toLowerCase();
        String admin = Keycloak.adminToken();
        var created = Http.send("POST", KEYCLOAK + "/admin/realms", admin, "application/json", productionRealm(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try {
            var realm = Http.get(KEYCLOAK + "/admin/realms/" + name, admin).json();
            assertThat(realm.get("passwordPolicy").asText()).contains("length(12)").contains("notUsername")
                    .contains("passwordBlacklist(common-passwords.txt)");
            assertThat(realm.get("browserFlow").asText()).isEqualTo("browser with officer OTP");
            assertThat(realm.get("verifyEmail").asBoolean()).isTrue();

            var user = Http.send("POST", KEYCLOAK + "/admin/realms/" + name + "/users", admin, "application/json", """
                    {"username": "lucia.ferrer", "enabled": true, "email": "lucia.ferrer@example.org", "emailVerified": true,
                     "firstName": "Lucía", "lastName": "Ferrer", "attributes": {"registration_country": ["ES"]}}""");
            assertThat(user.status()).as(user.body()).isEqualTo(201);
            String id = Http.get(KEYCLOAK + "/admin/realms/" + name + "/users?exact=true&username=lucia.ferrer", admin)
                    .json().get(0).get("id").asText();
            String reset = KEYCLOAK + "/admin/realms/" + name + "/users/" + id + "/reset-password";

            assertRefusedPassword(Http.send("PUT", reset, admin, "application/json", password("Short1!")), "length");
            assertRefusedPassword(Http.send("PUT", reset, admin, "application/json", password("1234567890qwerty")), "blacklist");
            assertRefusedPassword(Http.send("PUT", reset, admin, "application/json", password("lucia.ferrer-2027")), "username");
            var strong = Http.send("PUT", reset, admin, "application/json", password("Tres tristes tigres 1963"));
            assertThat(strong.status()).as(strong.body()).isEqualTo(204);
        } finally {
            Http.send("DELETE", KEYCLOAK + "/admin/realms/" + name, admin, null, null);
        }
    }

    @Test
    void aFreshAccountsFirstSignInWaitsForReviewWithTermsAndFirstStepsToTake() {
        var newcomer = People.newcomer("Tomás", "ES");
        var me = Http.get(API + "/v1/people/me", newcomer.token()).json();
        assertThat(me.get("validation").asText()).isEqualTo("PENDING_VALIDATION");
        var joining = Http.get(API + "/v1/me/joining", newcomer.token()).json();
        assertThat(joining.get("termsAccepted").asBoolean()).as("made by an administrator, not by the form").isFalse();
        assertThat(joining.get("firstStepsPending").asBoolean()).isTrue();

        People.acceptTerms(newcomer.token());
        assertThat(Http.send("POST", API + "/v1/me/joining/first-steps", newcomer.token(), null, null).status()).isEqualTo(204);
        assertThat(Http.send("POST", API + "/v1/me/joining/first-steps", newcomer.token(), null, null).status())
                .as("finishing twice changes nothing").isEqualTo(204);
        joining = Http.get(API + "/v1/me/joining", newcomer.token()).json();
        assertThat(joining.get("termsAccepted").asBoolean()).isTrue();
        assertThat(joining.get("firstStepsPending").asBoolean()).isFalse();

        var nss = unreadOfKind("nss-es", "account-to-review");
        assertThat(nss).as("the nss of Spain hears of the account").isPresent();
        assertThat(nss.get().get("text").asText()).as("the latest applicant named").startsWith(newcomer.name());
        assertThat(nss.get().get("link").asText()).isEqualTo("/support/validations");
        assertThat(Http.get(API + "/v1/me/joining", Keycloak.partnerToken()).status()).as("a partner system has no profile")
                .isEqualTo(403);
    }

    /** As the registration form leaves an account: a registration country, no administrator's country; names as typed. */
    @Test
    void aSelfRegisteredAccountIsReviewedInItsRegistrationCountryUnderThePlatformsNameRules() {
        String username = "self-" + People.uniqueWord().toLowerCase();
        var created = Http.send("POST", KEYCLOAK + "/admin/realms/twinning/users", Keycloak.adminToken(), "application/json", """
                {"username": "%s", "enabled": true, "email": "%s@example.org", "emailVerified": true,
                 "firstName": "Zoe\u0301", "lastName": "Lo\u200fpez", "attributes": {"registration_country": ["PT"]},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}""".formatted(username, username, username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var me = Http.get(API + "/v1/me", Keycloak.tokenOf(username)).json();
        assertThat(me.get("roles")).as("a teacher by the realm's default role").extracting(JsonNode::asText)
                .containsExactly("teacher");
        assertThat(me.get("name").asText()).as("NFC, without the direction mark").isEqualTo("Zo\u00e9 Lopez");
        assertThat(me.get("country").asText()).isEqualTo("PT");
        var mine = Http.get(API + "/v1/people/me", Keycloak.tokenOf(username)).json();
        assertThat(mine.get("validation").asText()).isEqualTo("PENDING_VALIDATION");
        assertThat(pending("nss-es", me.get("id").asText())).as("not Spain's to review").isEmpty();
    }

    @Test
    void aProposedSchoolWaitsWithTheAccountAndTheNssApprovalPutsItInTheRegistry() {
        var teacher = People.newcomer("Berta", "ES");
        String schoolName = "Escuela Rural " + People.uniqueWord();
        String body = """
                {"name": "%s", "city": "Teruel", "country": "ES", "type": "PRIMARY", "nationalId": "%s"}"""
                .formatted(schoolName, "44" + System.nanoTime() % 1_000_000);
        var proposed = Http.send("POST", API + "/v1/me/joining/school-proposals", teacher.token(), "application/json", body);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("school").get("name").asText()).isEqualTo(schoolName);
        String schoolId = proposed.json().get("school").get("id").asText();
        assertThat(registryFinds(schoolName)).as("others do not find a proposal").isFalse();

        var again = People.newcomer("Ciro", "ES");
        var twice = Http.send("POST", API + "/v1/me/joining/school-proposals", again.token(), "application/json",
                body.replace("\"nationalId\": \"", "\"nationalId\": \"X").replace("Teruel", "TERUEL"));
        assertThat(twice.status()).as(twice.body()).isEqualTo(201);
        assertThat(twice.json().get("school").get("id").asText())
                .as("the same name and city, accents and case aside: one proposal, both teachers at it").isEqualTo(schoolId);
        var byId = Http.send("POST", API + "/v1/people/me/schools", People.newcomer("Dario", "ES").token(),
                "application/json", "{\"school\": \"" + schoolId + "\"}");
        People.assertRefused(byId, "school");
        assertThat(Http.get(API + "/v1/people/" + teacher.id(), Keycloak.tokenOf("alice")).json().path("school").isMissingNode())
                .as("others do not see a proposal on the profile").isTrue();

        var entry = pending("nss-es", teacher.id()).orElseThrow(() -> new AssertionError("not in the queue of nss-es"));
        assertThat(entry.get("proposedSchool").get("city").asText()).isEqualTo("Teruel");
        assertThat(unreadOfKind("nss-es", "account-to-review").orElseThrow().get("text").asText())
                .as("the latest applicant named").startsWith(again.name());

        var approved = Http.send("POST", API + "/v1/validations/" + teacher.id(), Keycloak.tokenOf("nss-es"),
                "application/json", "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(registryFinds(schoolName)).as("confirmed with the account: in the registry now").isTrue();
    }

    @Test
    void aSchoolOfTheRegistryIsPointedToAndABadProposalIsRefusedByField() {
        var teacher = People.newcomer("Dolores", "ES");
        var known = Http.send("POST", API + "/v1/me/joining/school-proposals", teacher.token(), "application/json", """
                {"name": "IES Ramon y Cajal", "city": "madrid", "country": "ES", "type": "SECONDARY"}""");
        assertThat(known.status()).as(known.body()).isEqualTo(409);
        assertThat(known.contentType()).startsWith("application/problem+json");
        assertThat(known.json().get("detail").asText()).contains(People.RAMON_Y_CAJAL);

        String url = API + "/v1/me/joining/school-proposals";
        People.assertRefused(Http.send("POST", url, teacher.token(), "application/json",
                "{\"name\": \"X\", \"city\": \"Soria\", \"country\": \"ES\", \"type\": \"PRIMARY\"}"), "name");
        People.assertRefused(Http.send("POST", url, teacher.token(), "application/json",
                "{\"name\": \"CEIP Numancia\", \"city\": \"\", \"country\": \"ES\", \"type\": \"PRIMARY\"}"), "city");
        People.assertRefused(Http.send("POST", url, teacher.token(), "application/json",
                "{\"name\": \"CEIP Numancia\", \"city\": \"Soria\", \"country\": \"US\", \"type\": \"PRIMARY\"}"), "country");
        People.assertRefused(Http.send("POST", url, teacher.token(), "application/json",
                "{\"name\": \"CEIP Numancia\", \"city\": \"Soria\", \"country\": \"ES\", \"type\": \"CASTLE\"}"), "type");
        People.assertRefused(Http.send("POST", url, teacher.token(), "application/json",
                "{\"name\": \"CEIP \u202eNumancia\", \"city\": \"Soria\", \"country\": \"ES\", \"type\": \"PRIMARY\"}"), "name");
        assertThat(Http.get(API + "/v1/people/me", teacher.token()).json().path("school").isMissingNode())
                .as("nothing was proposed").isTrue();
    }

    @Test
    void aNewVersionOfTheTermsIsAcceptedAgainAndOnlyTheCssPublishesIt() {
        var teacher = People.teacher("Elvira", "ES");
        String css = Keycloak.tokenOf("css");
        String version = "test-" + People.uniqueWord().toLowerCase();
        var refused = Http.send("POST", API + "/v1/terms", teacher.token(), "application/json", "{\"version\": \"" + version + "\"}");
        assertThat(refused.status()).isEqualTo(403);
        People.assertRefused(Http.send("POST", API + "/v1/terms", css, "application/json", "{\"version\": \"a b\"}"), "version");

        String before = Http.get(API + "/v1/terms", null).json().get("version").asText();
        assertThat(Http.send("POST", API + "/v1/terms", null, "application/json", "{\"version\": \"x\"}").status())
                .as("publishing needs a token").isEqualTo(401);
        var published = Http.send("POST", API + "/v1/terms", css, "application/json",
                "{\"version\": \"" + version + "\", \"summary\": \"Pupils' workspaces are described.\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        try {
            assertThat(Http.get(API + "/v1/terms", teacher.token()).json().get("version").asText()).isEqualTo(version);
            assertThat(Http.get(API + "/v1/me/joining", teacher.token()).json().get("termsAccepted").asBoolean())
                    .as("accepted the old version only").isFalse();
            var stale = Http.send("POST", API + "/v1/me/joining/terms", teacher.token(), "application/json",
                    "{\"version\": \"" + before + "\"}");
            assertThat(stale.status()).as("a version that is no longer in force: %s", stale.body()).isEqualTo(409);
            var accepted = Http.send("POST", API + "/v1/me/joining/terms", teacher.token(), "application/json",
                    "{\"version\": \"" + version + "\"}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            assertThat(Http.get(API + "/v1/me/joining", teacher.token()).json().get("termsAccepted").asBoolean()).isTrue();
            var export = Http.get(API + "/v1/people/me/export", teacher.token()).json();
            assertThat(export.get("termsAccepted").toString()).contains(before).contains(version);
        } finally {
            var withdrawn = Http.send("DELETE", API + "/v1/terms/" + version, css, null, null);
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        }
        assertThat(Http.get(API + "/v1/terms", teacher.token()).json().get("version").asText()).isEqualTo(before);
        assertThat(Http.send("DELETE", API + "/v1/terms/" + before, css, null, null).status())
                .as("the only version cannot go").isEqualTo(409);
    }

    // ---- helpers ----

    /** The base realm file with the production overlay's values, as import-realm.sh applies them, under another name. */
    private static String productionRealm(String name) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(REALM_DIR.resolve("production/realm.env"))) {
            var m = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$").matcher(line.strip());
            if (m.matches()) {
                values.put(m.group(1), m.group(2).replaceAll("^'(.*)'$", "$1"));
            }
        }
        values.put("TWINNING_PUBLIC_URL", "https://twinning.example.org");
        values.put("TWINNING_WEB_SECRET", "web-" + name);
        values.put("TWINNING_ACCOUNTS_SECRET", "accounts-" + name);
        String text = Files.readString(REALM_DIR.resolve("twinning-realm.json"));
        var placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}").matcher(text);
        var filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), placeholder.group(2));
            placeholder.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(value == null ? "" : value));
        }
        placeholder.appendTail(filled);
        var realm = (ObjectNode) JSON.readTree(filled.toString());
        realm.put("realm", name);
        return JSON.writeValueAsString(realm);
    }

    private static String password(String value) {
        return "{\"type\": \"password\", \"value\": \"" + value + "\", \"temporary\": false}";
    }

    private static void assertRefusedPassword(Http.Answer answer, String reason) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body().toLowerCase()).as("the reason is named").contains(reason);
    }

    private static String requirementOf(JsonNode executions, String provider) {
        for (JsonNode execution : executions) {
            if (provider.equals(execution.path("providerId").asText())) {
                return execution.get("requirement").asText();
            }
        }
        throw new AssertionError(provider + " is not in " + executions);
    }

    private static boolean enabled(JsonNode actions, String alias) {
        for (JsonNode action : actions) {
            if (alias.equals(action.get("alias").asText())) {
                return action.get("enabled").asBoolean();
            }
        }
        return false;
    }

    private static JsonNode attribute(JsonNode profile, String name) {
        for (JsonNode attribute : profile.get("attributes")) {
            if (name.equals(attribute.get("name").asText())) {
                return attribute;
            }
        }
        throw new AssertionError(name + " is not in the user profile");
    }

    private static Optional<JsonNode> unreadOfKind(String username, String kind) {
        var items = Http.get(API + "/v1/notifications?unread=true&size=100", Keycloak.tokenOf(username)).json().get("items");
        for (JsonNode item : items) {
            if (kind.equals(item.get("kind").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The entry of this account in an officer's pending queue, looking through every page (oldest first). */
    private static Optional<JsonNode> pending(String officer, String id) {
        String token = Keycloak.tokenOf(officer);
        for (int page = 0; ; page++) {
            var items = Http.get(API + "/v1/validations?size=100&status=PENDING&page=" + page, token).json().get("items");
            for (JsonNode item : items) {
                if (id.equals(item.get("id").asText())) {
                    return Optional.of(item);
                }
            }
            if (items.size() < 100) {
                return Optional.empty();
            }
        }
    }

    private static boolean registryFinds(String name) {
        var found = Http.get(API + "/v1/schools?q=" + People.encode(name), Keycloak.tokenOf("alice")).json().get("items");
        for (JsonNode school : found) {
            if (name.equals(school.get("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
