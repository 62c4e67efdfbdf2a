package org.twinninglive.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;

/**
 * The eTwinning School label in a real browser: a teacher of an eligible school opens its label
 * page from the desktop and reads that the criteria are met; they apply forgetting the head's
 * declaration, which is said beside the checkbox, then with it; the nss of the school's country
 * opens the applications from the desktop, refuses without a reason, which is said beside its box,
 * then gives the label with a word; the teacher reads it on the label page and on their profile.
 * Each state passes axe.
 * <p>
 * No school can be made two years old through the API, so the journey runs on the demo school
 * Collège Jean Moulin (on the platform since 2015 in R__demo_data.sql; {@link SchoolLabelApiIT}
 * takes García Lorca), made eligible here with three new teachers and a project given France's
 * National Quality Label. The journey needs a school that never applied, so a fresh database (as
 * {@code ./twinning test} and CI have): on one where an earlier run applied for Jean Moulin's
 * label, it fails before making anything, saying so.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolLabelBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MOULIN = People.JEAN_MOULIN;
    private static final String STATEMENT = "Nine projects since 2017; every class twins with a school abroad.";
    private static final String WORD = "Congratulations to the whole school.";

    /** The day the demo schools came to the platform (R__demo_data.sql). */
    private static final LocalDate DEMO_SCHOOLS_SINCE = LocalDate.of(2015, 9, 1);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void aTeacherAppliesOnTheSchoolsLabelPageAndTheNssGivesTheLabelOnTheirs() {
        var before = Http.get(API + "/v1/schools/" + MOULIN + "/label-applications", Keycloak.tokenOf("nss-fr"));
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(People.list(before.json())).as("This test needs a fresh database: Collège Jean Moulin applied for"
                + " the label in an earlier run on this one (no other school is two years on the platform). Drop the"
                + " database, or run ./twinning test.").isEmpty();
        var camille = Projects.validatedTeacher("Camille", "FR");
        var louis = Projects.validatedTeacher("Louis", "FR");
        Projects.validatedTeacher("Manon", "FR");
        givenFrancesNationalLabel(louis);

        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs(camille.username());
            browser.click(By.id("desktop-school-label"));
            browser.waitForText(By.tagName("h1"), "eTwinning School label", WAIT);
            assertThat(browser.find(By.id("school")).getText()).contains("Collège Jean Moulin");
            assertThat(browser.find(By.id("label-state")).getText()).contains("does not hold");
            assertThat(browser.find(By.id("criteria")).getText()).contains("since " + shown(DEMO_SCHOOLS_SINCE))
                    .doesNotContain("Not met");
            assertThat(browser.find(By.id("no-applications")).getText()).contains("Nobody has applied");
            assertThat(PageChecks.axe(browser)).as("the school label page passes axe").isEmpty();

            // without the head's declaration: said beside the checkbox, the statement kept
            browser.type(By.id("school-label-form:statement"), STATEMENT);
            browser.click(By.id("school-label-form:apply"));
            browser.waitForText(By.id("school-label-form:head-declaration-message"), "head of the school agrees",
                    WAIT);
            assertThat(browser.find(By.id("school-label-form:head-declaration")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.find(By.id("school-label-form:statement")).getAttribute("value"))
                    .as("nothing typed is lost").isEqualTo(STATEMENT);
            assertThat(PageChecks.axe(browser)).as("the refused application passes axe").isEmpty();

            browser.click(By.id("school-label-form:head-declaration"));
            browser.click(By.id("school-label-form:apply"));
            browser.waitForText(By.id("school-label-form:messages"), "Application sent", WAIT);
            assertThat(browser.find(By.id("school-label-form:applications-panel")).getText())
                    .contains("Waiting for review").contains(STATEMENT).contains(camille.name());
            assertThat(browser.find(By.id("nothing-to-apply")).getText()).contains("waits for the decision");
            assertThat(browser.countNow(By.id("school-label-form:apply"))).as("one application waits at a time")
                    .isZero();
            assertThat(PageChecks.axe(browser)).as("the page with its application waiting passes axe").isEmpty();
        }

        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs("nss-fr");
            browser.click(By.id("school-label-queue"));
            browser.waitForText(By.id("school-label-review-form"), camille.name(), WAIT);
            assertThat(PageChecks.axe(browser)).as("the school label queue passes axe").isEmpty();
            browser.click(By.xpath("//tr[td[normalize-space()='" + camille.name() + "']]"
                    + "//button[contains(@id,':open')]"));
            browser.waitForText(By.id("review-heading"), "Collège Jean Moulin", WAIT);
            assertThat(browser.find(By.id("review-statement")).getText()).isEqualTo(STATEMENT);
            assertThat(browser.find(By.id("review-on-platform")).getText()).isEqualTo(shown(DEMO_SCHOOLS_SINCE));
            assertThat(browser.countNow(By.id("own-application"))).as("not the officer's own application").isZero();
            assertThat(browser.find(By.id("review-head-declaration")).getText()).contains("head of the school agrees");
            assertThat(Integer.parseInt(browser.find(By.id("review-active-teachers")).getText().strip()))
                    .as("Bob and the three new teachers, at least").isGreaterThanOrEqualTo(4);
            assertThat(PageChecks.axe(browser)).as("the open application passes axe").isEmpty();

            // a refusal needs its reason, said beside its box
            browser.click(By.id("school-label-review-form:reject"));
            browser.waitForText(By.id("school-label-review-form:reason-message"), "Say why the label is not given",
                    WAIT);
            assertThat(browser.find(By.id("school-label-review-form:reason")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(PageChecks.axe(browser)).as("the refused decision passes axe").isEmpty();

            browser.type(By.id("school-label-review-form:reason"), WORD);
            browser.click(By.id("school-label-review-form:approve"));
            browser.waitForText(By.id("school-label-review-form:messages"), "Label given", WAIT);
            assertThat(browser.find(By.id("school-label-review-form:queue")).getText()).doesNotContain(camille.name());
        }

        String until = shown(expectedLastDay());
        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs(camille.username());
            browser.click(By.id("desktop-school-label"));
            browser.waitForText(By.id("label-state"), "holds the eTwinning School label until " + until, WAIT);
            assertThat(browser.find(By.id("school")).getText()).contains("eTwinning School until " + until);
            assertThat(browser.find(By.id("school-label-form:applications-panel")).getText())
                    .contains("Label given").contains("Label valid until " + until).contains(WORD);
            assertThat(browser.find(By.id("nothing-to-apply")).getText()).contains("once its label has ended");
            assertThat(PageChecks.axe(browser)).as("the page of a labelled school passes axe").isEmpty();

            browser.open(APP + "/people/" + camille.id());
            browser.click(By.xpath("//*[@id='profile-tabs']//*[@role='tab'][normalize-space()='Schools']"));
            browser.waitForText(By.id("school-history"), "eTwinning School until " + until, WAIT);
        }
    }

    /** A project of this teacher's, joined from the school, receives France's National Quality Label. */
    private static void givenFrancesNationalLabel(People.Person founder) {
        String project = Projects.open(founder, "FR", "Moulin rivers " + People.uniqueWord());
        var labelled = Projects.approveLabel("nss-fr", Projects.applyForLabel(founder.token(), project, "NATIONAL"));
        assertThat(labelled.status()).as(labelled.body()).isEqualTo(200);
    }

    /** A day as the pages write it for an English reader (Formats.day: British, medium), e.g. "31 Aug 2028". */
    private static String shown(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK).format(day);
    }

    /** The 31 August ending the school year after the current one in France; in July and August, after the coming one. */
    private static LocalDate expectedLastDay() {
        var today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int schoolYear = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(schoolYear + 2, 8, 31);
    }
}
