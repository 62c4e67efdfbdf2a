package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;
import static org.twinninglive.support.TestServers.KEYCLOAK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;

/**
 * The security headers of pages and API (issue 11): a nonce-based Content-Security-Policy that
 * the browser enforces while AJAX still works, no framing, no sniffing, SameSite cookies, no
 * HSTS over plain http; and posts that another site's page sends are refused with 403.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("headers, cookies and the refusal of other sites’ posts do not depend on the database");
    }


    private static final String EVIL = "https://evil.example";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SCRIPT_SOURCE = Pattern.compile("<script[^>]*src=\"([^\"]+)\"");
    private static final Pattern HELP_FORM = Pattern.compile("<form[^>]*id=\"help-search\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    // ---- pages ----

    @Test
    void aPageAllowsOnlyItsOwnScriptsAndThoseWithItsNonce() {
        var page = new Client().get(APP + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertPageHeaders(page);
        String policy = onlyPolicy(page);
        assertThat(policy)
                .startsWith("default-src 'self'; ")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self' " + KEYCLOAK, "connect-src 'self' ws://localhost:")
                .containsPattern("script-src 'self' 'nonce-[^']+';?$");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe");
        assertThat(policy).as("connections: the platform, its live push and the video server (OPENVIDU_URL), nothing else")
                .containsPattern("connect-src 'self' ws://localhost:\\d+ http://127\\.0\\.0\\.1:\\d+ ws://127\\.0\\.0\\.1:\\d+;");
        String nonce = nonceOf(page);
        assertThat(page.body()).as("PrimeFaces' inline scripts carry the nonce of the policy")
                .contains("nonce=\"" + nonce + "\"")
                .doesNotContainPattern("<script(?![^>]*\\snonce=)(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void everyPageHasANonceOfItsOwn() {
        assertThat(nonceOf(new Client().get(APP + "/"))).isNotEqualTo(nonceOf(new Client().get(APP + "/")));
    }

    @Test
    void anErrorPageHasTheHeadersToo() {
        var missing = new Client().get(APP + "/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertPageHeaders(missing);
        assertThat(onlyPolicy(missing)).contains("frame-ancestors 'none'").containsPattern("'nonce-[^']+'");
    }

    @Test
    void whatFacesDoesNotDrawHasThePolicyWithoutNonce() {
        var client = new Client();
        Matcher script = SCRIPT_SOURCE.matcher(client.get(APP + "/").body());
        assertThat(script.find()).as("the landing page loads a script").isTrue();

        var resource = client.get(APP + script.group(1).replace("&amp;", "&"));

        assertThat(resource.statusCode()).isEqualTo(200);
        assertPageHeaders(resource);
        assertThat(onlyPolicy(resource)).endsWith("script-src 'self'");
    }

    @Test
    void theSignInRedirectsStateCookieIsSameSiteLax() {
        var redirect = new Client().get(APP + "/desktop/");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).startsWith(KEYCLOAK);
        assertThat(redirect.headers().allValues("Set-Cookie")).as("the OIDC client's state cookie")
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(attributes(cookie)).contains("samesite=lax"));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndNotSecureOverHttp() {
        var page = new Client().get(APP + "/help/");

        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        assertThat(attributes(session)).contains("httponly", "samesite=lax").doesNotContain("secure");
    }

    // ---- posts from other sites ----

    @Test
    void aLanguageChoicePostedFromThePlatformIsTakenAndRememberedInASameSiteCookie() {
        var choice = new Client().postForm(APP + "/language", Map.of("to", "es", "back", "/"), APP, null);

        assertThat(choice.statusCode()).isEqualTo(303);
        String language = choice.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("twinning-language=es"))
                .findFirst().orElseThrow(() -> new AssertionError("no language cookie: " + choice.headers().map()));
        assertThat(attributes(language)).contains("httponly", "samesite=lax").doesNotContain("secure");
    }

    @Test
    void aPostFromAnotherSitesPageIsRefusedWithTheForbiddenPage() {
        var refused = new Client().postForm(APP + "/language", Map.of("to", "es", "back", "/"), EVIL, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"forbidden\"");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("twinning-language="));
        assertPageHeaders(refused);
    }

    @Test
    void withoutOriginTheRefererTellsWhereAPostComesFrom() {
        var fromElsewhere = new Client().postForm(APP + "/language", Map.of("to", "de", "back", "/"), null, EVIL + "/page");
        var fromHere = new Client().postForm(APP + "/language", Map.of("to", "de", "back", "/"), null, APP + "/help/");

        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromHere.statusCode()).isEqualTo(303);
    }

    @Test
    void aPostWithNeitherOriginNorRefererIsNoBrowsersAndIsTaken() {
        assertThat(new Client().postForm(APP + "/language", Map.of("to", "fr", "back", "/"), null, null).statusCode())
                .isEqualTo(303);
    }

    @Test
    void aFacesFormPostedFromThePlatformIsTakenAndFromAnotherSiteRefused() {
        var client = new Client();
        var page = client.get(APP + "/help/");
        Matcher form = HELP_FORM.matcher(page.body());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(form.find()).as("the help page's search form").isTrue();
        assertThat(viewState.find()).as("its view state").isTrue();
        Matcher action = ACTION.matcher(form.group());
        assertThat(action.find()).isTrue();
        var fields = new LinkedHashMap<String, String>();
        fields.put("help-search", "help-search");
        fields.put("help-search:query", "invite partners project");
        fields.put("help-search:search", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        // PrimeFaces' script adds the page's nonce to its forms; a post without it is refused by PrimeFaces
        fields.put("primefaces.nonce", nonceOf(page));
        String target = APP + action.group(1).replace("&amp;", "&");

        var foreign = client.postForm(target, fields, EVIL, null);
        var own = client.postForm(target, fields, APP, APP + "/help/");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("id=\"forbidden\"").doesNotContain("help-article result");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("help-article result");
    }

    @Test
    void loggingOutCannotBePostedFromAnotherSite() {
        assertThat(new Client().postForm(APP + "/logout", Map.of(), EVIL, null).statusCode()).isEqualTo(403);
    }

    // ---- the API ----

    @Test
    void theApiAnswersAreNoDocumentsAndSendNoReferrer() {
        var health = new Client().get(API + "/v1/health");
        var withoutToken = new Client().get(API + "/v1/me");
        var nowhere = new Client().get(API + "/nothing/here");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(withoutToken.statusCode()).isEqualTo(401);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        for (var answer : List.of(health, withoutToken, nowhere)) {
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(answer.uri().toString())
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
        }
        assertThat(withoutToken.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    }

    // ---- in the browser ----

    @Test
    void theBrowserRunsNoInlineScriptWithoutTheNonceAndSaysSo() {
        try (var browser = new Browser()) {
            browser.open(APP + "/help/");
            browser.find(By.id("help-search:query"));
            PageChecks.cspRefusals(browser);

            browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                    + " document.head.appendChild(s);");

            assertThat(browser.script("return window.injected === true;")).isEqualTo(false);
            assertThat(eventually(browser)).as("the sweep's check sees a refusal")
                    .anySatisfy(refusal -> assertThat(refusal).contains("inline script"));
        }
    }

    @Test
    void anAjaxSearchWorksUnderThePolicyWithoutARefusal() {
        try (var browser = new Browser()) {
            browser.open(APP + "/help/");
            browser.type(By.id("help-search:query"), "invite partners project");
            browser.click(By.id("help-search:search"));

            assertThat(browser.find(By.cssSelector(".help-article.result h3")).getText().toLowerCase()).contains("partner");
            assertThat(browser.script("return PrimeFaces.csp.NONCE_VALUE;")).as("PrimeFaces' CSP mode is on")
                    .asString().isNotBlank();
            assertThat(PageChecks.cspRefusals(browser)).isEmpty();
        }
    }

    // ---- helpers ----

    private static void assertPageHeaders(HttpResponse<String> answer) {
        var headers = answer.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as("one policy on " + answer.uri()).hasSize(1);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
    }

    /** A Set-Cookie header's attributes after its value, in lower case: "httponly", "samesite=lax", "path=/". */
    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip).map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    private static String onlyPolicy(HttpResponse<String> answer) {
        return answer.headers().allValues("Content-Security-Policy").get(0);
    }

    private static String nonceOf(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(onlyPolicy(page));
        assertThat(nonce.find()).as("a nonce in " + onlyPolicy(page)).isTrue();
        return nonce.group(1);
    }

    /** The refusals the browser reported, waiting a little for the console to be written. */
    private static List<String> eventually(Browser browser) {
        for (int attempt = 0; attempt < 20; attempt++) {
            var refusals = PageChecks.cspRefusals(browser);
            if (!refusals.isEmpty()) {
                return refusals;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    /** A visitor's HTTP client: keeps its cookies, follows no redirect, sends the Origin and Referer it is told. */
    private static final class Client {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
        }

        HttpResponse<String> postForm(String url, Map<String, String> form, String origin, String referer) {
            String body = form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) {
                request.header("Origin", origin);
            }
            if (referer != null) {
                request.header("Referer", referer);
            }
            return send(request.build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
