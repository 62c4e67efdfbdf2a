package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String LOCAL = "http://localhost:8080";

    private static SecurityHeaders headers(String publicUrl, String openViduUrl) {
        return new SecurityHeaders(Optional.ofNullable(publicUrl), Optional.ofNullable(openViduUrl), KEYCLOAK);
    }

    @Test
    void anHttpsPublicAddressTurnsOnStrictTransportSecurityAndSecureCookies() {
        var https = headers("https://twinning.example.org/", null);

        assertThat(https.https()).isTrue();
        assertThat(https.forPages(LOCAL)).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        assertThat(https.forApi()).containsKey("Strict-Transport-Security");
    }

    @Test
    void overPlainHttpThereIsNoStrictTransportSecurity() {
        assertThat(headers("http://twinning.example.org", null).https()).isFalse();
        assertThat(headers(null, null).https()).isFalse();
        assertThat(headers(null, null).forPages(LOCAL)).doesNotContainKey("Strict-Transport-Security");
        assertThat(headers(null, null).forApi()).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void pagesAllowOnlyTheirOwnAndNoncedScriptsAndAreNeverFramed() {
        var pages = headers(null, null).forPages(LOCAL);

        assertThat(pages.get(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .startsWith("default-src 'self'; ")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "img-src 'self' data:",
                        "font-src 'self' data:")
                .doesNotContain("script-src 'self' 'unsafe-inline'")
                // PrimeFaces appends " 'nonce-…';" to the policy: it must end with the script sources
                .endsWith("; script-src 'self'");
        assertThat(pages).containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void formsMayGoOnToKeycloakToSignIn() {
        assertThat(headers(null, null).pagePolicy(LOCAL)).contains("form-action 'self' http://localhost:8180;");
    }

    @Test
    void theLivePushConnectsToTheOwnHostOverWebSockets() {
        assertThat(headers(null, null).pagePolicy(LOCAL)).contains("connect-src 'self' ws://localhost:8080;");
        assertThat(headers("https://twinning.example.org", null).pagePolicy(LOCAL))
                .contains("connect-src 'self' wss://twinning.example.org;");
    }

    @Test
    void theVideoServerIsReachableFromThePagesWhenThereIsOne() {
        var policy = headers("https://twinning.example.org", "https://video.example.org:4443/").pagePolicy(LOCAL);

        assertThat(policy).contains("connect-src 'self' wss://twinning.example.org https://video.example.org:4443"
                + " wss://video.example.org:4443;");
        assertThat(headers(null, null).pagePolicy(LOCAL)).doesNotContain("video");
    }

    @Test
    void theApiAnswersAreNoDocumentsAndSendNoReferrer() {
        var api = headers(null, null).forApi();

        assertThat(api).containsEntry(SecurityHeaders.CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer");
    }

    @Test
    void aPostFromTheOwnOriginIsNotCrossOrigin() {
        var local = headers(null, null);

        assertThat(local.crossOrigin("http://localhost:8080", null, LOCAL)).isFalse();
        assertThat(local.crossOrigin(null, "http://localhost:8080/help/", LOCAL)).isFalse();
    }

    @Test
    void aPostFromAnotherOriginIsCrossOriginWhetherToldByOriginOrReferer() {
        var local = headers(null, null);

        assertThat(local.crossOrigin("https://evil.example", null, LOCAL)).isTrue();
        assertThat(local.crossOrigin(null, "https://evil.example/page", LOCAL)).isTrue();
        assertThat(local.crossOrigin("http://localhost:8081", null, LOCAL)).as("another port").isTrue();
        assertThat(local.crossOrigin("https://localhost:8080", null, LOCAL)).as("another scheme").isTrue();
        assertThat(local.crossOrigin("null", null, LOCAL)).as("an opaque origin").isTrue();
    }

    @Test
    void theOriginHeaderDecidesOverTheReferer() {
        assertThat(headers(null, null).crossOrigin("https://evil.example", "http://localhost:8080/", LOCAL)).isTrue();
    }

    @Test
    void aPostWithoutOriginOrRefererIsAllowed() {
        assertThat(headers(null, null).crossOrigin(null, null, LOCAL)).isFalse();
    }

    @Test
    void thePublicAddressIsTheOwnOriginBehindAProxy() {
        var proxied = headers("https://twinning.example.org", null);

        assertThat(proxied.crossOrigin("https://twinning.example.org", null, "http://10.0.0.5:8080")).isFalse();
        assertThat(proxied.crossOrigin("http://10.0.0.5:8080", null, "http://10.0.0.5:8080")).isTrue();
    }

    @Test
    void originsAreComparedWithoutDefaultPortsOrCase() {
        assertThat(SecurityHeaders.originOf("HTTPS://Twinning.Example.org:443/path?q")).hasValue("https://twinning.example.org");
        assertThat(SecurityHeaders.origin("http", "localhost", 80)).hasValue("http://localhost");
        assertThat(SecurityHeaders.origin("http", "localhost", 8080)).hasValue("http://localhost:8080");
    }

    @Test
    void aHostNoBrowserWouldSendHasNoOrigin() {
        assertThat(SecurityHeaders.origin("http", "evil.example; script-src *", 80)).isEmpty();
        assertThat(SecurityHeaders.origin("ftp", "localhost", 21)).isEmpty();
        assertThat(SecurityHeaders.originOf("not an address")).isEmpty();
        assertThat(headers(null, null).pagePolicy(null)).contains("connect-src 'self';");
    }

    @Test
    void aMistypedAddressStopsTheDeploymentNamingTheSetting() {
        assertThatThrownBy(() -> headers("twinning.example.org", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUBLIC_URL");
        assertThatThrownBy(() -> headers(null, "video:4443"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPENVIDU_URL");
    }
}
