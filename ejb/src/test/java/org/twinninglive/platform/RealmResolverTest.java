package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Which realm signs a request in (T2): the pupils' configuration made from the teachers', a token's issuer. */
class RealmResolverTest {

    private static final String TEACHERS = """
            {"provider-url": "http://kc:8180/realms/twinning", "client-id": "twinning-web", "ssl-required": "ALL",
             "credentials": {"secret": "s3cret"}, "ignore-oauth-query-parameter": true}""";

    @Test
    void thePupilsPagesUseTheRealmBesideTheTeachersWithTheirOwnClientAndTheSameRules() {
        var pages = Json.createReader(new StringReader(RealmResolver.pupilsConfiguration(TEACHERS, false, null,
                "pupil-secret"))).readObject();
        assertThat(pages.getString("provider-url")).isEqualTo("http://kc:8180/realms/twinning-pupils");
        assertThat(pages.getString("resource")).isEqualTo("twinning-pupil-web");
        assertThat(pages.containsKey("client-id")).isFalse();
        assertThat(pages.getJsonObject("credentials").getString("secret")).as("never the teachers' secret")
                .isEqualTo("pupil-secret");
        assertThat(pages.getString("ssl-required")).isEqualTo("ALL");
        assertThat(pages.getBoolean("ignore-oauth-query-parameter")).isTrue();

        var api = Json.createReader(new StringReader(RealmResolver.pupilsConfiguration(TEACHERS, true,
                "https://id.example.org/realms/school-pupils", null))).readObject();
        assertThat(api.getString("provider-url")).isEqualTo("https://id.example.org/realms/school-pupils");
        assertThat(api.getString("resource")).isEqualTo("twinning-pupil-api");
        assertThat(api.getBoolean("bearer-only")).isTrue();
        assertThat(api.containsKey("credentials")).isFalse();
    }

    @Test
    void aTokensIssuerIsReadOnlyToChooseTheRealmThatVerifiesIt() {
        assertThat(RealmResolver.pupilsToken("Bearer " + jwt("{\"iss\": \"http://kc/realms/twinning-pupils\"}")))
                .isTrue();
        assertThat(RealmResolver.pupilsToken("bearer " + jwt("{\"iss\": \"http://kc/realms/twinning\"}"))).isFalse();
        assertThat(RealmResolver.pupilsToken("Bearer not-a-jwt")).isFalse();
        assertThat(RealmResolver.pupilsToken("Bearer a.%%%.c")).isFalse();
        assertThat(RealmResolver.pupilsToken("Basic abc")).isFalse();
        assertThat(RealmResolver.pupilsToken(null)).isFalse();
        assertThat(RealmResolver.isPupilsIssuer("http://kc/realms/twinning-pupils/")).isTrue();
        assertThat(RealmResolver.isPupilsIssuer("http://kc/realms/twinning")).isFalse();
    }

    @Test
    void aPupilsRealmWhoseTokensCannotBeToldFromTheTeachersStopsTheStart() {
        String before = System.getProperty("PUPILS_PROVIDER_URL");
        try {
            System.setProperty("PUPILS_PROVIDER_URL", "https://id.example.org/realms/children");
            assertThat(RealmResolver.unknowablePupilsRealm("twinning-api")).get().asString()
                    .contains("PUPILS_PROVIDER_URL").contains("-pupils");
            System.setProperty("PUPILS_PROVIDER_URL", "https://id.example.org/realms/school-pupils");
            assertThat(RealmResolver.unknowablePupilsRealm("twinning-api")).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("PUPILS_PROVIDER_URL");
            } else {
                System.setProperty("PUPILS_PROVIDER_URL", before);
            }
        }
        if (System.getenv("PUPILS_PROVIDER_URL") == null) {
            assertThat(RealmResolver.unknowablePupilsRealm("twinning-api")).as("unset: the realm beside the teachers'")
                    .isEmpty();
        }
    }

    private static String jwt(String payload) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
