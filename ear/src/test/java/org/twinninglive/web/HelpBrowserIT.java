package org.twinninglive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Passes;

/** The help centre: reached from the top bar, searchable regardless of accents (H1, H3). */
@ExtendWith(ArquillianExtension.class)
class HelpBrowserIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    @Test
    void searchingFindsTheAnswerAboutInvitingPartners() {
        try (var browser = new Browser()) {
            browser.open(APP + "/");
            browser.click(By.id("help-link"));
            browser.type(By.id("help-search:query"), "invite partners project");
            browser.click(By.id("help-search:search"));

            var first = browser.find(By.cssSelector(".help-article.result h3"));
            assertThat(first.getText().toLowerCase()).contains("partner");
        }
    }

    @Test
    void aSearchWithNoMatchSaysSo() {
        try (var browser = new Browser()) {
            browser.open(APP + "/help/");
            browser.type(By.id("help-search:query"), "zzzyx qwerty");
            browser.click(By.id("help-search:search"));

            assertThat(browser.find(By.id("no-results")).getText()).contains("No answer matches");
        }
    }

    @Test
    void theHelpPageGivesTheSupportAddressAndTutorials() {
        try (var browser = new Browser()) {
            browser.open(APP + "/help/");

            assertThat(browser.find(By.id("support-contact")).getText()).contains("support@example.org");
            assertThat(browser.findAll(By.cssSelector(".tutorials a"))).isNotEmpty();
        }
    }
}
