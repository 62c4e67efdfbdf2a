package org.twinninglive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Passes;

/**
 * The pages as teachers use them (X1, keyboard, errors at the field): the language menu for
 * visitors and users, carried to Keycloak's form; the keyboard alone through search and a
 * profile's actions; refusals beside the field that caused them.
 */
@ExtendWith(ArquillianExtension.class)
class PagesBrowserIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    private static final By SPANISH = language("es");

    @Test
    void aVisitorChoosesSpanishSignsInInSpanishAndTheChoiceIsKept() {
        String teacher = Keycloak.newTeacher("Rocío Blanco", "ES");
        org.twinninglive.support.People.acceptTerms(Keycloak.tokenOf(teacher));
        try (var browser = new Browser()) {
            browser.open(APP + "/");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            chooseLanguage(browser, SPANISH);

            // waits for the page drawn after the choice (reading the old one's html would go stale)
            assertThat(browser.find(By.cssSelector("html[lang='es']")).getAttribute("lang")).isEqualTo("es");
            assertThat(browser.find(By.id("login-button")).getText()).isEqualTo("Iniciar sesión");
            browser.click(By.id("login-button"));
            browser.find(By.id("username"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang"))
                    .as("Keycloak's sign-in form speaks the language chosen on the platform: %s", browser.currentUrl())
                    .isEqualTo("es");
            browser.signInAs(teacher);

            browser.find(By.id("welcome-heading"));
            assertThat(browser.find(By.cssSelector("html[lang='es']")).getAttribute("lang")).isEqualTo("es");
            var me = Http.get(API + "/v1/me", Keycloak.tokenOf(teacher)).json();
            assertThat(me.get("language").asText()).as("the visitor's choice became the account's").isEqualTo("es");

            chooseLanguage(browser, language("de"));
            assertThat(browser.find(By.cssSelector("html[lang='de']")).getAttribute("lang")).isEqualTo("de");
            assertThat(browser.currentUrl()).as("back on the page the choice was made on: the first steps, where"
                    + " the first sign-in leads").contains("/welcome/");
            assertThat(Http.get(API + "/v1/me", Keycloak.tokenOf(teacher)).json().get("language").asText()).isEqualTo("de");
        }
    }

    @Test
    void theKeyboardAloneOpensAResultAndFollowsWithTheFocusKeptOnTheButton() {
        try (var browser = new Browser()) {
            browser.open(APP + "/people/").signInAs("chiara");
            browser.type(By.id("search-form:q"), "Dana");
            browser.find(By.id("search-form:q")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("search-form:results"), "Dana Schmidt", Duration.ofSeconds(10));

            browser.pressEnter(By.linkText("Dana Schmidt"));
            browser.waitForText(By.id("person-name"), "Dana Schmidt", Duration.ofSeconds(10));

            String first = browser.countNow(By.id("profile-form:follow")) == 0 ? "unfollow" : "follow";
            String second = first.equals("follow") ? "unfollow" : "follow";
            browser.pressEnter(By.id("profile-form:" + first));
            browser.find(By.id("profile-form:" + second));
            browser.waitForFocusOn("profile-form:" + second);

            browser.pressEnter(By.id("profile-form:" + second));
            browser.find(By.id("profile-form:" + first));
            browser.waitForFocusOn("profile-form:" + first);
        }
    }

    @Test
    void aTooLongIntroductionIsRefusedBesideTheFieldAndNothingIsSaved() {
        String teacher = Keycloak.newTeacher("Iker Mendia", "ES");
        org.twinninglive.support.People.acceptTerms(Keycloak.tokenOf(teacher));
        try (var browser = new Browser()) {
            browser.open(APP + "/people/edit").signInAs(teacher);
            browser.find(By.id("information-form:bio"));
            browser.setValue(By.id("information-form:bio"), "a".repeat(10_000));
            browser.click(By.id("information-form:save-information"));
            browser.waitForText(By.id("information-form:bio-message"), "characters", Duration.ofSeconds(10));

            assertThat(browser.find(By.id("information-form:bio-message")).getText())
                    .contains("10,000 characters").contains("at most 2,000");
            assertThat(browser.find(By.id("information-form:bio")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.waitForFocusOn("information-form:bio");
            assertThat(browser.countNow(By.cssSelector("#messages .ui-messages-warn, #messages .ui-messages-error")))
                    .as("said once, beside the field, not again at the top").isZero();
        }
        var me = Http.get(API + "/v1/people/me", Keycloak.tokenOf(teacher)).json();
        assertThat(me.path("bio").isNull() || me.path("bio").isMissingNode()).as("nothing saved, nothing cut").isTrue();
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedBesideThatRowsReason() {
        String teacher = Keycloak.newTeacher("Nerea Castro", "ES");
        assertThat(Http.get(API + "/v1/me", Keycloak.tokenOf(teacher)).status()).isEqualTo(200);
        try (var nss = new Browser()) {
            nss.open(APP + "/support/validations").signInAs("nss-es");
            var row = By.xpath("//tr[td/a[normalize-space()='Nerea Castro']]");
            nss.find(row).findElement(By.xpath(".//button[contains(@id,'reject')]")).click();

            nss.waitForText(row, "Say why the account is rejected", Duration.ofSeconds(10));
            var reason = By.xpath("//tr[td/a[normalize-space()='Nerea Castro']]//input[contains(@id,'reason')]");
            assertThat(nss.find(reason).getAttribute("aria-invalid")).isEqualTo("true");
            nss.waitForFocusOn(nss.find(reason).getAttribute("id"));
            assertThat(nss.countNow(By.cssSelector("#validations-form\\:messages .ui-messages-warn"))).isZero();
        }
        var status = Http.get(API + "/v1/validations?status=PENDING&size=100", Keycloak.tokenOf("nss-es")).body();
        assertThat(status).as("still waiting: nothing was decided").contains("Nerea Castro");
    }

    /**
     * The desktop, people search and a profile at a laptop's and a phone's width: nothing wider
     * than the screen, and a screenshot of each in target/screenshots (copied to docs/screenshots).
     */
    @Test
    void theMainPagesFitALaptopAndAPhone() throws Exception {
        var folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs("alice");
            browser.find(By.id("welcome"));
            for (int width : new int[] {1366, 360}) {
                browser.viewport(width, width == 360 ? 800 : 900);
                for (var page : java.util.List.of("desktop", "people", "profile")) {
                    switch (page) {
                        case "desktop" -> browser.open(APP + "/desktop/").find(By.id("welcome"));
                        case "people" -> {
                            browser.open(APP + "/people/").type(By.id("search-form:q"), "a");
                            browser.click(By.id("search-form:search"));
                            browser.waitForText(By.id("search-form:results"), "Alice Martín", Duration.ofSeconds(10));
                        }
                        default -> browser.open(APP + "/people/b0000000-0000-4000-8000-000000000002").find(By.id("person-name"));
                    }
                    long wide = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
                    assertThat(wide).as("%s at %d px", page, width).isLessThanOrEqualTo(width);
                    var png = ((org.openqa.selenium.TakesScreenshot) browser.driver())
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                    java.nio.file.Files.write(folder.resolve(page + "-" + width + ".png"), png);
                }
            }
        }
    }

    /** A long list is read a page at a time: previous / next with the range, and the page stays accessible. */
    @Test
    void aLongResultListIsPagedWithPreviousAndNext() {
        String surname = "Paginova" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        for (int n = 1; n <= 21; n++) {
            String teacher = Keycloak.newTeacher("Teacher" + (char) ('a' + n) + " " + surname, "FR");
            assertThat(Http.get(API + "/v1/me", Keycloak.tokenOf(teacher)).status()).as("first sign-in").isEqualTo(200);
        }
        try (var browser = new Browser()) {
            browser.open(APP + "/people/").signInAs("bob");
            browser.type(By.id("search-form:q"), surname);
            browser.click(By.id("search-form:search"));

            browser.waitForText(By.id("search-form:results"), "21 people found", Duration.ofSeconds(10));
            assertThat(browser.find(By.id("search-form:results-range")).getText()).isEqualTo("1–20 of 21");
            assertThat(browser.findAll(By.cssSelector("#search-form\\:results tbody tr"))).hasSize(20);
            assertThat(browser.find(By.id("search-form:results-previous")).isEnabled()).isFalse();
            assertThat(org.twinninglive.support.PageChecks.axe(browser)).as("the paged list passes axe").isEmpty();

            browser.click(By.id("search-form:results-next"));
            browser.waitForText(By.id("search-form:results-range"), "21–21 of 21", Duration.ofSeconds(10));
            assertThat(browser.findAll(By.cssSelector("#search-form\\:results tbody tr"))).hasSize(1);
            assertThat(browser.find(By.id("search-form:results-next")).isEnabled()).isFalse();

            browser.click(By.id("search-form:results-previous"));
            browser.waitForText(By.id("search-form:results-range"), "1–20 of 21", Duration.ofSeconds(10));
        }
    }

    /** The top bar's button for that language (the menu's form posts it). */
    private static By language(String tag) {
        return By.xpath("//header//form//button[@name='to' and @value='" + tag + "']");
    }

    private static void chooseLanguage(Browser browser, By language) {
        var button = browser.findAll(language).get(0);
        if (!button.isDisplayed()) {
            button.findElement(By.xpath("./ancestor::details[1]/summary")).click();
        }
        browser.click(language);
    }
}
