package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.twinninglive.support.Progression;
import org.twinninglive.support.TestServers;

/** The Central Support Service edits a rule on the admin page and watches the bars re-computed (S6). */
@ExtendWith(ArquillianExtension.class)
class RulesAdminBrowserIT {

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST tests of this pass");
    }

    @Test
    void theCentralSupportServiceChangesAPointValueAndTheRecomputationCompletes() {
        try (var browser = new Browser()) {
            browser.open(APP + "/admin/").signInAs("css");
            browser.click(By.id("rules-link"));
            var points = By.xpath("//tr[td[contains(., 'Apply for a European Prize')]]//input[contains(@class, 'points-input')]");
            browser.find(points).sendKeys(Keys.chord(Keys.CONTROL, "a"), "7");
            browser.click(By.id("rules-form:save"));

            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Rules saved");
            browser.waitForText(By.id("recomputation-state"), "Done", Duration.ofSeconds(30));
            assertThat(browser.find(By.id("rules-form:recomputation-progress")).getText()).contains("100%");
            var rules = Http.get(TestServers.API + "/v1/progression/rules", Keycloak.partnerToken()).json();
            assertThat(rules).filteredOn(rule -> rule.get("category").asText().equals("prize-application"))
                    .singleElement()
                    .satisfies(rule -> assertThat(rule.get("points").asInt()).isEqualTo(7));
        } finally {
            Progression.setRule("prize-application", 5, 2);
        }
    }

    @Test
    void aTeacherCannotOpenTheRulesPage() {
        try (var browser = new Browser()) {
            browser.open(APP + "/admin/progression").signInAs("alice");

            assertThat(browser.find(By.id("forbidden")).isDisplayed()).isTrue();
            assertThat(browser.pageText()).doesNotContain("Save and re-compute");
        }
    }
}
