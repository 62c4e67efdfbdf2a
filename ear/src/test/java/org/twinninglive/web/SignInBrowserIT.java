package org.twinninglive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;
import static org.twinninglive.support.TestServers.KEYCLOAK;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Passes;

/** A teacher signs in through Keycloak's own form, lands on the desktop, and signs out (foundation). */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    @Test
    void aliceSignsInLandsOnTheDesktopAndSignsOut() {
        try (var browser = new Browser()) {
            browser.open(APP + "/");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Find partners, run projects, learn together");

            browser.click(By.id("login-button"));
            assertThat(browser.currentUrl()).startsWith(KEYCLOAK + "/realms/twinning/");
            browser.signInAs("alice");

            assertThat(browser.find(By.id("welcome")).getText()).isEqualTo("Welcome, Alice Martín");
            assertThat(browser.currentUrl()).startsWith(APP + "/desktop/");
            assertThat(browser.find(By.id("username")).getText()).isEqualTo("alice");
            assertThat(browser.find(By.id("roles")).getText()).isEqualTo("Teacher");
            assertThat(browser.find(By.id("user-name")).getText()).isEqualTo("Alice Martín");

            browser.click(By.id("logout-link"));
            assertThat(browser.find(By.id("login-button")).isDisplayed()).isTrue();

            // the Keycloak session ended too: the desktop asks for the password again
            browser.open(APP + "/desktop/");
            assertThat(browser.find(By.id("kc-login")).isDisplayed()).isTrue();
            assertThat(browser.currentUrl()).startsWith(KEYCLOAK);
        }
    }

    @Test
    void aTeacherIsToldPlainlyThatAdministrationIsNotForThem() {
        try (var browser = new Browser()) {
            browser.open(APP + "/admin/");
            browser.signInAs("bob");

            assertThat(browser.find(By.id("forbidden")).getText()).isEqualTo("You are not allowed to see this page");
            assertThat(browser.pageText()).doesNotContain("Exception").doesNotContain("Profiles");
        }
    }

    @Test
    void theCentralSupportServiceSeesTheAdministration() {
        try (var browser = new Browser()) {
            browser.open(APP + "/admin/");
            browser.signInAs("css");

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Administration");
            assertThat(Long.parseLong(browser.find(By.id("school-count")).getText())).isEqualTo(6);
        }
    }

    @Test
    void anUnknownPageIsAReadableNotFoundPage() {
        try (var browser = new Browser()) {
            browser.open(APP + "/no-such-page");

            assertThat(browser.find(By.id("error-heading")).getText()).isEqualTo("Page not found");
        }
    }

    @Test
    void theHelpLinkSitsInTheTopBarNextToTheAccountLinks() {
        try (var browser = new Browser()) {
            browser.open(APP + "/");
            browser.click(By.id("help-link"));

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Help");
        }
    }
}
