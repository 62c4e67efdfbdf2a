package org.twinninglive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;
import static org.twinninglive.support.TestServers.KEYCLOAK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.People;
import org.twinninglive.support.RawHttp;

/**
 * What answers at the pages' addresses: every page at its clean address (no ".xhtml"), an old
 * ".xhtml" address redirected there for good, a signed-in page asking for sign-in at every
 * address that reaches it, a page that expired opened again rather than answering an error
 * (and never a Java class name), and the language menu changing nothing on a followed link.
 * Raw HTTP, redirects not followed; posts carry the platform's own Origin, as its forms do.
 */
@ExtendWith(ArquillianExtension.class)
class PageAddressesIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A module of the catalogue (V3__self_learning_modules.sql), by its slug. */
    private static final String MODULE = "your-profile-and-privacy";
    /** Shaped as Mojarra's server-side view states are, but no session holds it. */
    private static final String MADE_UP_VIEW_STATE = "-1234567890123456789:-987654321098765432";
    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void aPageAnswersAtItsAddressWithoutExtension() {
        var about = RawHttp.get(APP + "/progression/about", null);

        assertThat(about.status()).as("it was 404: only the .xhtml address answered").isEqualTo(200);
        assertThat(about.contentType()).startsWith("text/html");
        assertThat(about.text()).contains("How progression works");
    }

    @Test
    void anOldXhtmlAddressIsRedirectedForGoodToTheCleanOneWithItsQuery() {
        var old = RawHttp.get(APP + "/progression/about.xhtml?x=1", null);

        assertThat(old.status()).isEqualTo(301);
        assertThat(location(old)).isEqualTo("/progression/about?x=1");
        var module = RawHttp.get(APP + "/learning/module.xhtml?id=" + MODULE, null);
        assertThat(module.status()).isEqualTo(301);
        assertThat(location(module)).isEqualTo("/learning/module?id=" + MODULE);
    }

    @Test
    void aFoldersOldIndexAddressEndsAtTheFolder() {
        var old = RawHttp.get(APP + "/help/index.xhtml", null);
        assertThat(old.status()).isEqualTo(301);
        var index = RawHttp.get(APP + location(old), null);
        assertThat(index.status()).as(location(old)).isEqualTo(301);
        assertThat(location(index)).isEqualTo("/help/");

        assertThat(RawHttp.get(APP + "/help/", null).status()).isEqualTo(200);
    }

    @Test
    void linksOnAPageLeadToCleanAddresses() {
        var about = RawHttp.get(APP + "/progression/about", null).text();
        var catalogue = RawHttp.get(APP + "/learning/", null).text();

        assertThat(about).contains("href=\"/learning/\"").contains("href=\"/help/\"").contains("href=\"/\"");
        assertThat(catalogue).contains("href=\"/learning/module?id=" + MODULE + "\"");
        assertThat(about + catalogue).as("no link or form at a .xhtml address (Faces resources keep theirs)")
                .doesNotContainPattern("(href|action)=\"(?![^\"]*jakarta\\.faces\\.resource)[^\"]*\\.xhtml");
    }

    @Test
    void aSignedInPageAsksAVisitorToSignInAtEveryAddressThatReachesIt() {
        var softly = new SoftAssertions();
        for (String path : List.of("/people/edit", "/people/edit.xhtml", "/people/edit;jsessionid=made-up",
                "/people/", "/people/;jsessionid=made-up", "/people/index", "/people/index.xhtml",
                "/people/contacts", "/people/contacts.xhtml", "/people/my-data.json",
                "/desktop/", "/desktop/index", "/desktop/index.xhtml",
                "/projects/", "/projects/index", "/projects/index.xhtml", "/projects/edit", "/projects/edit.xhtml",
                "/projects/prize", "/projects/prize.xhtml", "/projects/label", "/schools/label", "/schools/label.xhtml",
                "/support/school-labels",
                "/support/projects", "/support/validations", "/support/validations.xhtml", "/admin/", "/admin/progression")) {
            var answer = RawHttp.get(APP + path, null);
            softly.assertThat(answer.status()).as("%s answers a redirect (not the page, not 404)", path).isIn(302, 303);
            softly.assertThat(answer.header("Location")).as("%s leads to Keycloak's sign-in", path)
                    .startsWith(KEYCLOAK + "/realms/twinning/");
        }
        softly.assertAll();
    }

    @Test
    void anAjaxPostOfAnExpiredPageReloadsItAndNamesNoClass() {
        var answer = post("/progression/about", ajax("to-learning", MADE_UP_VIEW_STATE), true);

        assertThat(answer.status()).as("no server error").isEqualTo(200);
        assertThat(answer.text()).doesNotContain("Exception").doesNotContain("<error")
                .contains("<redirect url=\"/progression/about\"");
        var reloaded = get("/progression/about", cookiesOf(answer));
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.text()).as("the page says why it was reloaded").contains("This page has expired");
    }

    @Test
    void anAjaxPostOfAnExpiredProfileReloadsThatProfile() {
        var answer = post("/people/" + People.JOSE, ajax("profile-form:follow", MADE_UP_VIEW_STATE), true);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).doesNotContain("Exception").contains("<redirect url=\"/people/" + People.JOSE);
    }

    @Test
    void aFullPostOfAPageWhoseSessionEndedReloadsItInsteadOfAServerError() {
        var page = RawHttp.get(APP + "/help/", null);
        var viewState = VIEW_STATE.matcher(page.text());
        assertThat(viewState.find()).as("the help page's form has a view state").isTrue();

        // the session that holds it is not sent: as after its end
        var answer = post("/help/", Map.of("help-search", "help-search", "jakarta.faces.ViewState", viewState.group(1)),
                false);

        assertThat(answer.status()).as("a redirect, not 500").isIn(302, 303);
        assertThat(location(answer)).isEqualTo("/help/");
        assertThat(answer.text()).doesNotContain("Exception");
        var reloaded = get("/help/", cookiesOf(answer));
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.text()).contains("This page has expired");
    }

    @Test
    void aFollowedLanguageLinkChangesNothing() {
        var followed = RawHttp.get(APP + "/language?to=de&back=/help/", null);

        assertThat(followed.status()).isEqualTo(405);
        assertThat(followed.header("Allow")).isEqualTo("POST");
        assertThat(followed.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("twinning-language="));
    }

    @Test
    void theLanguageMenusFormChangesAVisitorsLanguageAndReturnsToThePage() {
        var chosen = post("/language", Map.of("to", "de", "back", "/help/"), false);

        assertThat(chosen.status()).isEqualTo(303);
        assertThat(location(chosen)).isEqualTo("/help/");
        assertThat(chosen.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("twinning-language=de"));
    }

    /** The fields of a Faces AJAX request, as faces.js sends them for a click on that component. */
    private static Map<String, String> ajax(String source, String viewState) {
        return Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", source,
                "jakarta.faces.partial.execute", "@all", "jakarta.faces.partial.render", "@all",
                "jakarta.faces.ViewState", viewState);
    }

    /** Where a redirect leads, as a path of the platform (with its query). */
    private static String location(RawHttp.Response answer) {
        String location = URI.create(APP + "/").resolve(answer.header("Location")).toString();
        return location.startsWith(APP) ? location.substring(APP.length()) : location;
    }

    /** The cookies an answer set, as a browser sends them back. */
    private static String cookiesOf(RawHttp.Response answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static RawHttp.Response get(String path, String cookies) {
        var request = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(60)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return send(request.build());
    }

    private static RawHttp.Response post(String path, Map<String, String> form, boolean ajax) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", APP)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.build());
    }

    private static RawHttp.Response send(HttpRequest request) {
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new RawHttp.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
