package org.twinninglive.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Mailbox;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;

/**
 * Joining as a new teacher would, in Chromium, with Keycloak's real pages (theme twinning) and
 * its real mails (the tests' GreenMail): sign up from the landing page, verify the address,
 * take the first steps, wait for the nss and see their approval; recover a forgotten password;
 * the sign-up form in Spanish. Every themed page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class JoiningBrowserIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(15);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/\\S+");
    private static final Path THEME = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../wildfly-config/src/main/keycloak/themes/twinning/login/messages").normalize();

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("Keycloak's pages and mails are the same whatever the platform's database; the"
                + " services behind the first steps meet PostgreSQL in JoiningApiIT");
    }

    @Test
    void aNewTeacherJoinsFromTheLandingPageIsReviewedAndSeesTheApproval() throws IOException {
        String word = People.uniqueWord();
        String username = "joiner-" + word.toLowerCase();
        String email = username + "@example.org";
        try (var browser = new Browser()) {
            browser.open(APP + "/");
            browser.click(By.id("join-button"));
            browser.find(By.id("kc-register-form"));
            assertThat(PageChecks.axe(browser)).as("the registration page passes axe").isEmpty();

            browser.type(By.id("firstName"), "Julia");
            browser.type(By.id("lastName"), word);
            browser.type(By.id("email"), email);
            browser.type(By.id("username"), username);
            browser.type(By.id("password"), "a long passphrase for Julia");
            browser.type(By.id("password-confirm"), "a long passphrase for Julia");
            new Select(browser.find(By.id("registration_country"))).selectByValue("ES");
            browser.click(By.cssSelector("#kc-register-form [type=submit]"));
            browser.waitForText(By.id("kc-register-form"), messages("en").getProperty("termsAcceptanceRequired"), PAGE_WAIT);
            assertThat(Http.get(Keycloak.users("username=" + username), Keycloak.adminToken()).json()).isEmpty();

            browser.type(By.id("password"), "a long passphrase for Julia");
            browser.type(By.id("password-confirm"), "a long passphrase for Julia");
            browser.click(By.id("termsAccepted"));
            browser.click(By.cssSelector("#kc-register-form [type=submit]"));
            browser.waitForText(By.tagName("body"), email, PAGE_WAIT);
            assertThat(browser.currentUrl()).as("not in the platform before the address is verified")
                    .doesNotStartWith(APP);
            assertThat(PageChecks.axe(browser)).as("the verify-e-mail page passes axe").isEmpty();

            var mail = Mailbox.await(email, 1, MAIL_WAIT).get(0);
            browser.open(link(mail.body()));
            browser.waitForText(By.tagName("h1"), "Julia", PAGE_WAIT);
            assertThat(browser.currentUrl()).as("the first sign-in leads to the first steps").startsWith(APP + "/welcome/");
            var joining = Http.get(API + "/v1/me/joining", Keycloak.tokenOf(username, "a long passphrase for Julia")).json();
            assertThat(joining.get("termsAccepted").asBoolean()).as("accepted on the registration form").isTrue();

            var box = browser.find(By.id("school-form:new-school_input"));
            box.sendKeys("Cajal");
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'IES Ramón y Cajal')]"));
            browser.click(By.id("school-form:add-school"));
            browser.waitForText(By.id("my-schools"), "IES Ramón y Cajal", PAGE_WAIT);
            browser.click(By.id("finish-form:finish"));

            browser.waitForText(By.id("account-under-review"), "Spain", PAGE_WAIT);
            assertThat(browser.find(By.id("meanwhile")).getText()).contains("self-learning");

            String token = Keycloak.tokenOf(username, "a long passphrase for Julia");
            var me = Http.get(API + "/v1/me", token).json();
            assertThat(me.get("roles").toString()).as("a teacher by the realm's default role").contains("teacher");
            String id = me.get("id").asText();
            var approved = Http.send("POST", API + "/v1/validations/" + id, Keycloak.tokenOf("nss-es"), "application/json",
                    "{\"decision\": \"APPROVE\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);

            browser.open(APP + "/desktop/");
            browser.find(By.id("welcome"));
            assertThat(browser.countNow(By.id("account-under-review"))).as("validated: no more review notice").isZero();
            browser.waitForText(By.id("latest-notifications"), "approved your account", PAGE_WAIT);
            var approval = Mailbox.await(email, 2, MAIL_WAIT);
            assertThat(approval.stream().map(Mailbox.Mail::subject)).contains("Your Twinning Live account is approved");
        }
    }

    @Test
    void aTeacherWhoForgotThePasswordResetsItFromTheMailAndSignsIn() {
        String teacher = Keycloak.newTeacher("Ramona Olmo", "ES");
        People.pastJoining(teacher);
        String email = teacher + "@example.org";
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/");
            browser.click(By.cssSelector("a[href*='reset-credentials']"));
            browser.find(By.id("kc-reset-password-form"));
            assertThat(PageChecks.axe(browser)).as("the reset page passes axe").isEmpty();
            browser.type(By.id("username"), email);
            browser.click(By.cssSelector("#kc-reset-password-form [type=submit]"));

            var mail = Mailbox.await(email, 1, MAIL_WAIT).get(0);
            browser.open(link(mail.body()));
            browser.type(By.id("password-new"), "my new and longer password");
            browser.type(By.id("password-confirm"), "my new and longer password");
            assertThat(PageChecks.axe(browser)).as("the new-password page passes axe").isEmpty();
            browser.click(By.id("kc-submit"));
            browser.waitForText(By.id("welcome"), "Ramona", PAGE_WAIT);
            assertThat(browser.currentUrl()).startsWith(APP + "/desktop/");
        }
        var old = Http.postForm(Keycloak.tokenUrl(), java.util.Map.of("grant_type", "password", "client_id", "twinning-web",
                "client_secret", "twinning-web-secret", "username", teacher, "password", teacher));
        assertThat(old.status()).as("the old password is gone: %s", old.body()).isIn(400, 401);
        assertThat(old.body()).contains("invalid_grant");
        assertThat(Keycloak.tokenOf(teacher, "my new and longer password")).isNotBlank();
    }

    @Test
    void theSignInAndRegistrationPagesSpeakSpanishAndPassAxe() throws IOException {
        var spanish = messages("es");
        try (var browser = new Browser()) {
            browser.open(APP + "/");
            var spanishButton = By.xpath("//header//form//button[@name='to' and @value='es']");
            browser.findAll(spanishButton).get(0).findElement(By.xpath("./ancestor::details[1]/summary")).click();
            browser.click(spanishButton);
            browser.find(By.cssSelector("html[lang='es']"));
            browser.click(By.id("join-button"));
            browser.find(By.id("kc-register-form"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(browser.pageText()).contains(spanish.getProperty("registerTitle"))
                    .contains(spanish.getProperty("schoolCountry"));
            assertThat(new Select(browser.find(By.id("registration_country"))).getOptions().stream()
                    .map(o -> o.getText())).contains("España", "Alemania");
            assertThat(PageChecks.axe(browser)).as("the Spanish registration page passes axe").isEmpty();

            browser.click(By.cssSelector("a[href*='/login-actions/authenticate'], a[href*='/protocol/openid-connect/auth']"));
            browser.find(By.id("kc-login"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(PageChecks.axe(browser)).as("the Spanish sign-in page passes axe").isEmpty();
        }
    }

    @Test
    void aSchoolProposedAgainIsPointedToTheRegistrysAndChosenThere() {
        String teacher = Keycloak.newTeacher("Aurora Prieto", "ES");
        People.acceptTerms(Keycloak.tokenOf(teacher));
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs(teacher);
            browser.find(By.id("welcome-heading"));
            assertThat(browser.currentUrl()).startsWith(APP + "/welcome/");
            assertThat(PageChecks.axe(browser)).as("the first steps pass axe").isEmpty();

            browser.click(By.id("proposal-form:start-proposal"));
            browser.type(By.id("proposal-form:school-name"), "IES Ramon y Cajal");
            browser.type(By.id("proposal-form:school-city"), "Madrid");
            new Select(browser.find(By.id("proposal-form:school-type"))).selectByValue("SECONDARY");
            browser.click(By.id("proposal-form:propose-school"));
            browser.waitForText(By.id("proposal-form:existing-school"), "IES Ramón y Cajal", PAGE_WAIT);
            assertThat(browser.find(By.id("proposal-form:school-name")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(PageChecks.axe(browser)).as("the refusal passes axe").isEmpty();

            browser.click(By.id("proposal-form:choose-existing"));
            browser.waitForText(By.id("my-schools"), "IES Ramón y Cajal", PAGE_WAIT);
            browser.click(By.id("finish-form:finish"));
            browser.find(By.id("welcome"));
            assertThat(browser.currentUrl()).startsWith(APP + "/desktop/");
        }
        var me = Http.get(API + "/v1/people/me", Keycloak.tokenOf(teacher)).json();
        assertThat(me.get("school").get("id").asText()).as("the registry's school, not a second one").isEqualTo(People.RAMON_Y_CAJAL);
    }

    @Test
    void aNewVersionOfTheTermsIsShownBeforeTheNextPageAndAcceptedWithTheBox() {
        var teacher = People.teacher("Consuelo", "ES");
        String css = Keycloak.tokenOf("css");
        String version = "page-" + People.uniqueWord().toLowerCase();
        var published = Http.send("POST", API + "/v1/terms", css, "application/json",
                "{\"version\": \"" + version + "\", \"summary\": \"The pupils’ workspaces are described.\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        try (var browser = new Browser()) {
            browser.open(APP + "/people/contacts").signInAs(teacher.username());
            browser.find(By.id("terms-heading"));
            assertThat(browser.currentUrl()).contains("/welcome/terms");
            assertThat(browser.find(By.id("terms-summary")).getText()).contains("workspaces are described");
            assertThat(PageChecks.axe(browser)).as("the terms page passes axe").isEmpty();

            browser.click(By.id("read-terms"));
            browser.waitForText(By.id("terms-version"), version, PAGE_WAIT);
            assertThat(PageChecks.axe(browser)).as("the terms of use pass axe").isEmpty();
            browser.click(By.id("to-privacy"));
            browser.waitForText(By.id("privacy-version"), version, PAGE_WAIT);
            assertThat(PageChecks.axe(browser)).as("the privacy notice passes axe").isEmpty();
            browser.open(APP + "/people/contacts");
            browser.find(By.id("terms-heading"));
            assertThat(browser.currentUrl()).as("reading them accepts nothing").contains("/welcome/terms");

            browser.click(By.id("terms-form:accept-terms"));
            browser.find(By.id("terms-form:agreed-message"));
            assertThat(browser.currentUrl()).contains("/welcome/terms");
            browser.click(By.cssSelector("#terms-form\\:agreed .ui-chkbox-box"));
            browser.click(By.id("terms-form:accept-terms"));
            browser.find(By.id("contacts-form"));
            assertThat(browser.currentUrl()).as("back where they were going").startsWith(APP + "/people/contacts");
        } finally {
            var withdrawn = Http.send("DELETE", API + "/v1/terms/" + version, css, null, null);
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        }
        assertThat(Http.get(API + "/v1/me/joining", teacher.token()).json().get("termsAccepted").asBoolean()).isTrue();
    }

    /** A teacher turns on a second factor (Keycloak's account action, as its console starts it); the next sign-in asks for it. */
    @Test
    void aTeacherTurnsOnAOneTimeCodeAndTheNextSignInAsksForIt() throws Exception {
        String teacher = Keycloak.newTeacher("Olvido Sanz", "ES");
        People.pastJoining(teacher);
        String firstCode;
        try (var browser = new Browser()) {
            browser.open(setUpOneTimeCode());
            browser.signInAs(teacher);
            browser.find(By.id("kc-totp-settings-form"));
            assertThat(PageChecks.axe(browser)).as("the one-time-code set-up page passes axe").isEmpty();
            String secret = browser.findAll(By.id("totpSecret")).get(0).getAttribute("value");
            firstCode = oneTimeCode(secret, System.currentTimeMillis());
            browser.type(By.id("totp"), firstCode);
            browser.type(By.id("userLabel"), "phone");
            browser.click(By.id("saveTOTPBtn"));
            var user = Http.get(Keycloak.users("username=" + teacher), Keycloak.adminToken()).json().get(0);
            String credentials = org.twinninglive.support.TestServers.KEYCLOAK + "/admin/realms/twinning/users/"
                    + user.get("id").asText() + "/credentials";
            var until = java.time.Instant.now().plus(PAGE_WAIT);
            while (!Http.get(credentials, Keycloak.adminToken()).body().contains("\"type\":\"otp\"")
                    && java.time.Instant.now().isBefore(until)) {
                People.pause(Duration.ofMillis(300));
            }
            assertThat(Http.get(credentials, Keycloak.adminToken()).body()).as("a one-time code is set up")
                    .contains("\"type\":\"otp\"");

            try (var next = new Browser()) {
                next.open(APP + "/desktop/").signInAs(teacher);
                next.find(By.id("kc-otp-login-form"));
                assertThat(PageChecks.axe(next)).as("the one-time-code page passes axe").isEmpty();
                String code = oneTimeCode(secret, System.currentTimeMillis());
                while (code.equals(firstCode)) {
                    People.pause(Duration.ofSeconds(2));
                    code = oneTimeCode(secret, System.currentTimeMillis());
                }
                next.type(By.id("otp"), code);
                next.click(By.id("kc-login"));
                next.find(By.id("welcome"));
                assertThat(next.currentUrl()).startsWith(APP + "/desktop/");
            }
        }
    }

    /** The address Keycloak's account console opens to set up a one-time code (an application-initiated action). */
    private static String setUpOneTimeCode() throws Exception {
        String verifier = "twinning-tests-verifier-" + "x".repeat(30);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        String challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        String account = org.twinninglive.support.TestServers.KEYCLOAK + "/realms/twinning/account/";
        return org.twinninglive.support.TestServers.KEYCLOAK + "/realms/twinning/protocol/openid-connect/auth?client_id=account-console"
                + "&redirect_uri=" + People.encode(account) + "&response_type=code&scope=openid&kc_action=CONFIGURE_TOTP"
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    /** RFC 6238 as the realm's policy has it: HMAC-SHA1 over Keycloak's secret, 30 s, 6 digits. */
    private static String oneTimeCode(String secret, long millis) throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(millis / 1000 / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static String link(String body) {
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in the mail: %s", body).isTrue();
        return matcher.group().replace("&amp;", "&");
    }

    private static Properties messages(String language) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(THEME.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
