package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.twinninglive.support.Browser;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;

/**
 * The European Prizes in a real browser (P5): the css gives a project the European Quality Label
 * on the review page and opens a prize round on /prizes/; a member of the project applies on its
 * prize page (offered no form while the label is missing); the css reads the round's applications
 * and marks the winner; a visitor then reads the winner on /prizes/. Each page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class PrizesBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void theCssOpensARoundAMemberAppliesTheCssMarksTheWinnerAndVisitorsSeeIt() {
        var spanish = Projects.validatedTeacher("Luz", "ES");
        var french = Projects.validatedTeacher("Margot", "FR");
        String word = People.uniqueWord();
        String title = "Prize meadows " + word;
        String id = Projects.open(spanish, "ES", title);
        People.makeContacts(spanish, french);
        Projects.join(spanish, id, french);
        Projects.labelInSpainAndFrance(spanish, french, id);
        Projects.applyForLabel(french.token(), id, "EUROPEAN");
        String roundName = "European Prizes " + word;
        var today = LocalDate.now(ZoneOffset.UTC);

        try (var css = new Browser()) {
            css.open(APP + "/desktop/").signInAs("css");
            css.find(By.id("welcome"));

            // the css opens a round: a last day before the first is said beside it, nothing typed is lost
            css.open(APP + "/prizes/");
            css.waitForText(By.tagName("h1"), "European Prizes", WAIT);
            assertThat(PageChecks.axe(css)).as("the prizes page with the css's form passes axe").isEmpty();
            css.type(By.id("round-form:name"), roundName);
            css.type(By.id("round-form:categories"), "Age 12-15\nSTEM\n");
            css.setValue(By.id("round-form:opens-on"), today.toString());
            css.setValue(By.id("round-form:closes-on"), today.minusDays(1).toString());
            css.click(By.id("round-form:open"));
            css.waitForText(By.id("round-form:closes-on-message"), "comes before", WAIT);
            assertThat(css.find(By.id("round-form:closes-on")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(css.find(By.id("round-form:opens-on")).getAttribute("aria-invalid")).isEqualTo("false");
            assertThat(css.find(By.id("round-form:name")).getAttribute("value")).isEqualTo(roundName);
            assertThat(PageChecks.axe(css)).as("the round form with a refusal passes axe").isEmpty();
            css.setValue(By.id("round-form:closes-on"), today.plusDays(1).toString());
            css.click(By.id("round-form:open"));
            css.waitForText(By.id("messages"), "Round opened", WAIT);
            assertThat(css.find(By.id("round-form:name")).getAttribute("value")).as("the form is emptied").isEmpty();
            assertThat(round(css, roundName).getText()).contains("Taking applications").contains("Age 12-15, STEM")
                    .contains("No winner yet.");

            try (var member = new Browser()) {
                // the member reaches the project's prize page from the project page
                member.open(APP + "/projects/").signInAs(spanish.username());
                member.waitForText(By.id("projects-form:open"), title, WAIT);
                member.open(APP + "/projects/" + id);
                member.waitForText(By.id("project-title"), title, WAIT);
                member.click(By.id("project-form:prize-applications"));
                member.waitForText(By.tagName("h1"), "Applications for the European Prizes", WAIT);
                assertThat(member.find(By.id("no-applications")).getText()).contains("has not applied");

                // national labels of two countries and a European application waiting: the notice, no form
                assertThat(member.find(By.id("prize-form:label-needed")).getText())
                        .contains("once it holds the European Quality Label");
                assertThat(member.countNow(By.id("prize-form:quality-labels"))).as("a way to the labels").isOne();
                assertThat(member.countNow(By.id("prize-form:apply-form"))).as("no form the service would refuse")
                        .isZero();
                assertThat(PageChecks.axe(member)).as("the project's prize page passes axe").isEmpty();

                // the css gives the European Quality Label, scoring the five criteria
                css.open(APP + "/support/labels");
                String queued = "//tr[td//a[normalize-space()='" + title + "']]";
                showing(css, By.xpath(queued), "label-review-form:queue-next");
                css.click(By.xpath(queued + "//button[contains(@id,':open')]"));
                css.waitForText(By.id("review-heading"), title, WAIT);
                for (int row = 0; row < 5; row++) {
                    new Select(css.find(By.id("label-review-form:criteria:" + row + ":score")))
                            .selectByVisibleText("5");
                }
                assertThat(PageChecks.axe(css)).as("the European review form passes axe").isEmpty();
                css.click(By.id("label-review-form:approve"));
                css.waitForText(By.id("label-review-form:messages"), "Label given", WAIT);

                // with the European Quality Label, the form: a summary the service refuses is said beside it
                member.open(APP + "/projects/prize?id=" + id);
                member.waitForText(By.tagName("h1"), "Applications for the European Prizes", WAIT);
                assertThat(member.countNow(By.id("prize-form:label-needed"))).isZero();
                new Select(member.find(By.id("prize-form:category"))).selectByVisibleText(roundName + " — STEM");
                String turned = "Meadows \u202Emapped by mixed teams.";
                member.setValue(By.id("prize-form:summary"), turned);
                member.click(By.id("prize-form:apply"));
                member.waitForText(By.id("prize-form:summary-message"), "direction-changing character", WAIT);
                assertThat(member.find(By.id("prize-form:summary")).getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(member.find(By.id("no-applications")).getText()).as("nothing sent")
                        .contains("has not applied");
                assertThat(PageChecks.axe(member)).as("the prize page with a refusal passes axe").isEmpty();

                // the member applies: the application is listed, the messages focused, the round no longer offered
                member.setValue(By.id("prize-form:summary"), "Meadows mapped by mixed teams.");
                member.click(By.id("prize-form:apply"));
                member.waitForText(By.id("prize-form:messages"), "Application sent", WAIT);
                member.waitForFocusOn("prize-form:messages");
                assertThat(member.find(By.id("prize-form:applications-panel")).getText()).contains(roundName)
                        .contains("STEM").contains("Meadows mapped by mixed teams.").contains("No prize so far");
                // other tests' rounds may still be offered: the choice or the sentence saying there is none
                assertThat(member.countNow(By.xpath("//select[@id='prize-form:category']"
                        + " | //p[@id='nothing-to-apply']"))).as("the apply panel drawn").isOne();
                assertThat(member.countNow(By.xpath("//select[@id='prize-form:category']/option[starts-with("
                        + "normalize-space(), '" + roundName + "')]"))).as("applied once a round").isZero();
                assertThat(PageChecks.axe(member)).as("the prize page with an application passes axe").isEmpty();
                member.viewport(360, 800);
                var narrow = PageChecks.overflow(member);
                assertThat(narrow.scrollWidth()).as("the prize page at 360 px: %s", narrow.widest())
                        .isLessThanOrEqualTo(narrow.innerWidth());
                member.naturalViewport();
            }

            // the css reads the round's applications by category and marks the winner
            css.open(APP + "/prizes/");
            css.waitForText(By.tagName("h1"), "European Prizes", WAIT);
            round(css, roundName);
            css.click(By.xpath(roundPath(roundName) + "//button[contains(@id,':read')]"));
            css.waitForText(By.id("applications-heading"), roundName, WAIT);
            var applications = css.find(By.id("prizes-form:applications-panel")).getText();
            assertThat(applications).contains("Age 12-15").contains("No application in this category.")
                    .contains(title).contains(spanish.name()).contains("Meadows mapped by mixed teams.");
            assertThat(PageChecks.axe(css)).as("a round's applications pass axe").isEmpty();
            String panel = "//*[@id='prizes-form:applications-panel']";
            css.click(By.xpath(panel + "//tr[td//a[normalize-space()='" + title + "']]"
                    + "//button[contains(@id,':mark-winner')]"));
            css.waitForText(By.id("messages"), "Winner marked", WAIT);
            css.waitForFocusOn("messages");
            assertThat(css.countNow(By.xpath(panel + "//button[contains(@id,':mark-winner')]")))
                    .as("the only application has won").isZero();
            assertThat(round(css, roundName).getText()).contains("STEM: " + title);
            assertThat(PageChecks.axe(css)).as("the round with its winner passes axe").isEmpty();
            css.viewport(360, 800);
            var narrow = PageChecks.overflow(css);
            assertThat(narrow.scrollWidth()).as("the applications at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            css.naturalViewport();
        }

        try (var visitor = new Browser()) {
            // a visitor reads the winner, without signing in, and opens the winning project
            visitor.open(APP + "/projects/search");
            visitor.click(By.id("prizes-link"));
            visitor.waitForText(By.tagName("h1"), "European Prizes", WAIT);
            assertThat(round(visitor, roundName).getText()).contains("STEM: " + title);
            assertThat(visitor.countNow(By.id("round-form"))).as("no form for visitors").isZero();
            assertThat(visitor.countNow(By.xpath("//button[contains(@id,':read')]"))).isZero();
            assertThat(PageChecks.axe(visitor)).as("the prizes page passes axe for visitors").isEmpty();
            visitor.click(By.xpath(roundPath(roundName) + "//a[normalize-space()='" + title + "']"));
            visitor.waitForText(By.id("project-title"), title, WAIT);
            assertThat(visitor.find(By.id("prize-won")).getText()).isEqualTo("European Prize winner");
            assertThat(PageChecks.axe(visitor)).as("the winning project's page passes axe").isEmpty();
        }
    }

    /** Where the round of this name is on /prizes/. */
    private static String roundPath(String name) {
        return "//section[contains(@class,'prize-round')][h3[normalize-space()='" + name + "']]";
    }

    /** The round of this name on /prizes/, paging on to it (other tests open rounds too). */
    private static WebElement round(Browser browser, String name) {
        showing(browser, By.xpath(roundPath(name)), "prizes-form:rounds-next");
        return browser.find(By.xpath(roundPath(name)));
    }

    /** Pages on with the pager's "next" button until the element shows (a list longer than a page). */
    private static void showing(Browser browser, By element, String nextId) {
        By next = By.cssSelector("button[id='" + nextId + "']:not([disabled])");
        browser.find(By.tagName("h1"));
        while (browser.countNow(element) == 0 && browser.countNow(next) > 0) {
            browser.click(next);
            browser.waitForAjax(WAIT);
        }
    }
}
