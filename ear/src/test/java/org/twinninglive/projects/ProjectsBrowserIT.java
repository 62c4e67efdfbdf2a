package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.twinninglive.support.Browser;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.Uploads;

/**
 * A project's journey in a real browser (P1, P3, P4): a teacher creates it, invites a contact who
 * accepts from their notification, the nss approves it, its founder downloads the certificate that the
 * verification page confirms, and a visitor reads it; each page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void aliceCreatesAProjectBobAcceptsFromHisNotificationAndTheNssApprovesIt() throws java.io.IOException {
        var alice = Projects.validatedTeacher("Alicia", "ES");
        var bob = Projects.validatedTeacher("Bruno", "ES");
        People.makeContacts(alice, bob);
        String title = "Water " + People.uniqueWord();
        String projectUrl;

        try (var browser = new Browser()) {
            browser.open(APP + "/projects/").signInAs(alice.username());
            browser.waitForText(By.tagName("h1"), "Projects", WAIT);
            browser.click(By.id("create"));
            browser.waitForText(By.tagName("h1"), "New project", WAIT);
            assertThat(PageChecks.axe(browser)).as("the new project form passes axe").isEmpty();

            browser.type(By.id("project-form:description"), "Our pupils measure the rivers.\n\nThen they compare.");
            browser.click(By.xpath("//label[normalize-space()='Science']"));
            browser.click(By.xpath("//label[normalize-space()='English']"));
            browser.type(By.id("project-form:age-from_input"), "10");
            browser.type(By.id("project-form:age-to_input"), "12");
            browser.click(By.id("project-form:save"));
            browser.waitForText(By.id("project-form:title-message"), "title", WAIT);
            assertThat(browser.find(By.id("project-form:title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("project-form:description")).getAttribute("value"))
                    .as("nothing typed is lost").contains("Then they compare.");

            browser.type(By.id("project-form:title"), title);
            browser.click(By.id("project-form:save"));
            browser.waitForText(By.id("project-title"), title, WAIT);
            projectUrl = browser.currentUrl();
            assertThat(browser.find(By.id("project-status")).getText()).isEqualTo("Pending validation");
            assertThat(browser.find(By.id("project-description")).getText()).contains("Then they compare.");
            assertThat(browser.find(By.id("members")).getText()).contains(alice.name()).contains("Founder");
            assertThat(PageChecks.axe(browser)).as("the project page passes axe").isEmpty();

            choose(browser, "project-form:invitee", bob.name());
            browser.click(By.id("project-form:invite"));
            browser.waitForText(By.id("project-form:messages"), "Invitation sent", WAIT);
            assertThat(browser.find(By.id("pending-invitations")).getText()).contains(bob.name());
            assertThat(browser.countNow(By.id("project-form:invite")))
                    .as("one co-founder while pending: no second invitation offered").isZero();
        }

        try (var browser = new Browser()) {
            browser.open(APP + "/notifications/").signInAs(bob.username());
            browser.waitForText(By.id("notifications-form:list"), alice.name() + " invites you to the project", WAIT);
            browser.click(By.xpath("//li[contains(., '" + title + "')]//button[contains(@id,':open')]"));
            browser.waitForText(By.id("project-title"), title, WAIT);
            assertThat(browser.find(By.id("project-form:invitation")).getText()).contains("You are invited");
            assertThat(PageChecks.axe(browser)).as("the invitation on the project page passes axe").isEmpty();
            browser.click(By.id("project-form:accept"));
            browser.waitForText(By.id("project-form:messages"), "Invitation accepted", WAIT);
            assertThat(browser.find(By.id("members")).getText()).contains(bob.name());
            assertThat(browser.countNow(By.id("project-form:invitation"))).isZero();
        }

        try (var browser = new Browser()) {
            browser.open(APP + "/support/projects").signInAs("nss-es");
            browser.waitForText(By.id("project-validations-form"), title, WAIT);
            assertThat(PageChecks.axe(browser)).as("the nss queue passes axe").isEmpty();
            browser.click(By.xpath("//tr[td//a[normalize-space()='" + title + "']]//button[contains(@id,':approve')]"));
            browser.waitForText(By.id("project-validations-form:messages"), "Project approved", WAIT);
            assertThat(browser.find(By.id("project-validations-form:queue")).getText()).doesNotContain(title);
        }

        try (var browser = new Browser()) {
            browser.open(APP + "/projects/").signInAs(alice.username());
            browser.waitForText(By.id("projects-form:open"), title, WAIT);
            assertThat(browser.find(By.id("projects-form:open")).getText()).contains("Close the project");
            assertThat(browser.find(By.id("projects-form:pending")).getText()).doesNotContain(title);
            assertThat(PageChecks.axe(browser)).as("the Projects tab passes axe").isEmpty();
            browser.viewport(360, 800);
            var overflow = PageChecks.overflow(browser);
            assertThat(overflow.scrollWidth()).as("the Projects tab at 360 px: %s", overflow.widest())
                    .isLessThanOrEqualTo(overflow.innerWidth());
            browser.naturalViewport();

            browser.open(projectUrl);
            browser.waitForText(By.id("project-status"), "Open", WAIT);
            // two pictures at once (P4): each goes to the store as it is chosen; the first is the cover
            var river = java.nio.file.Files.createTempFile("river", ".png");
            var bridge = java.nio.file.Files.createTempFile("bridge", ".png");
            java.nio.file.Files.write(river, Uploads.png(800, 500));
            java.nio.file.Files.write(bridge, Uploads.png(300, 300));
            browser.find(By.id("image-upload")).sendKeys(river.toAbsolutePath() + "\n" + bridge.toAbsolutePath());
            browser.waitForText(By.id("image-upload-status"), bridge.getFileName() + " attached", WAIT);
            browser.waitForText(By.id("project-form:image-list"), "Use as cover", WAIT);
            assertThat(browser.findAll(By.cssSelector("#project-images img"))).hasSize(2);
            assertThat(browser.find(By.id("cover-image")).getAttribute("src")).contains("/files/");
            String firstCover = browser.find(By.id("cover-image")).getAttribute("src");
            browser.click(By.xpath("//ul[@id='project-images']//button[contains(@id,'make-cover')]"));
            browser.waitForText(By.id("project-form:messages"), "Cover chosen", WAIT);
            assertThat(browser.find(By.id("cover-image")).getAttribute("src")).isNotEqualTo(firstCover);
            assertThat(PageChecks.axe(browser)).as("the project page with its pictures passes axe").isEmpty();
            browser.viewport(360, 800);
            var narrow = PageChecks.overflow(browser);
            assertThat(narrow.scrollWidth()).as("the pictures at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            browser.naturalViewport();

            String href = browser.find(By.id("project-form:certificate")).getAttribute("href");
            String pdf = (String) browser.asyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { var s = '';"
                    + " new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });", href);
            String text = Projects.pdfText(java.util.Base64.getDecoder().decode(pdf));
            assertThat(text).contains(alice.name()).contains(title).contains("founder");
            String code = Projects.verificationCode(text);

            browser.open(APP + "/verify/" + code);
            browser.waitForText(By.id("verdict"), "genuine", WAIT);
            assertThat(browser.find(By.id("certificate-holder")).getText()).isEqualTo(alice.name());
            assertThat(browser.find(By.id("certificate-project")).getText()).isEqualTo(title);
            assertThat(PageChecks.axe(browser)).as("the verification page passes axe").isEmpty();
            browser.open(APP + "/verify/" + code.replace(code.charAt(0), code.charAt(0) == 'a' ? 'b' : 'a'));
            browser.waitForText(By.id("verdict"), "not a genuine certificate", WAIT);
        }

        try (var visitor = new Browser()) {
            visitor.open(projectUrl);
            visitor.waitForText(By.id("project-title"), title, WAIT);
            assertThat(visitor.find(By.id("project-status")).getText()).isEqualTo("Open");
            String members = visitor.find(By.id("members")).getText();
            assertThat(members).as("a visitor reads the schools, not the names").doesNotContain(alice.name())
                    .contains("Founder");
            assertThat(visitor.countNow(By.id("project-form:invite"))).isZero();
            assertThat((Boolean) visitor.script("const images = [...document.querySelectorAll('#cover-image, #project-images img')];"
                    + " return images.length === 3 && images.every(i => i.complete && i.naturalWidth > 0);"))
                    .as("a visitor sees the cover and both thumbnails").isTrue();
            assertThat(visitor.countNow(By.id("image-upload"))).as("no upload for a visitor").isZero();
        }
    }

    @Test
    void aMemberAppliesForTheNationalLabelOnItsPageAndTheNssGivesItOnTheirs() {
        var alice = Projects.validatedTeacher("Alba", "ES");
        String title = "Labelled gardens " + People.uniqueWord();
        String id = Projects.open(alice, "ES", title);
        String[] criteria = {"pedagogical innovation", "curricular integration", "collaboration", "use of technology",
                "results and impact"};

        try (var browser = new Browser()) {
            browser.open(APP + "/projects/").signInAs(alice.username());
            browser.waitForText(By.id("projects-form:open"), title, WAIT);
            browser.open(APP + "/projects/" + id);
            browser.waitForText(By.id("project-title"), title, WAIT);
            browser.click(By.id("project-form:quality-labels"));
            browser.waitForText(By.tagName("h1"), "Quality labels", WAIT);
            assertThat(browser.find(By.id("no-applications")).getText()).contains("Nobody has applied");
            assertThat(new Select(browser.find(By.id("label-form:level"))).getFirstSelectedOption().getText())
                    .isEqualTo("National Quality Label: Spain");
            assertThat(PageChecks.axe(browser)).as("the label form passes axe").isEmpty();
            // four of the five criteria: the missing one is said beside its box, nothing typed is lost
            for (int row = 0; row < criteria.length; row++) {
                if (row != 2) {
                    browser.setValue(By.id("label-form:criteria:" + row + ":answer"), "Our " + criteria[row] + ".");
                }
            }
            browser.click(By.id("label-form:apply"));
            browser.waitForText(By.id("label-form:criteria:2:answer-message"), "Describe this criterion", WAIT);
            assertThat(browser.find(By.id("label-form:criteria:2:answer")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("label-form:criteria:4:answer")).getAttribute("value"))
                    .isEqualTo("Our results and impact.");
            assertThat(PageChecks.axe(browser)).as("the label form with a refusal passes axe").isEmpty();
            browser.setValue(By.id("label-form:criteria:2:answer"), "Our collaboration.");
            browser.click(By.id("label-form:apply"));
            browser.waitForText(By.id("label-form:messages"), "Application sent", WAIT);
            assertThat(browser.find(By.id("label-form:applications-panel")).getText())
                    .contains("Waiting for review").contains("Our collaboration.");
            assertThat(browser.find(By.id("nothing-to-apply")).getText()).contains("no label you can apply for now");
        }

        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs("nss-es");
            browser.click(By.id("label-queue"));
            browser.waitForText(By.id("label-review-form"), title, WAIT);
            assertThat(PageChecks.axe(browser)).as("the label queue passes axe").isEmpty();
            browser.click(By.xpath("//tr[td//a[normalize-space()='" + title + "']]//button[contains(@id,':open')]"));
            browser.waitForText(By.id("review-heading"), title, WAIT);
            assertThat(browser.find(By.id("label-review-form:review")).getText()).contains("Our use of technology.");
            // a score left out is said beside it
            for (int row = 0; row < criteria.length - 1; row++) {
                new Select(browser.find(By.id("label-review-form:criteria:" + row + ":score"))).selectByVisibleText("4");
            }
            browser.type(By.id("label-review-form:criteria:1:comment"), "Part of two subjects.");
            browser.click(By.id("label-review-form:approve"));
            browser.waitForText(By.id("label-review-form:criteria:4:score-message"), "Score every criterion", WAIT);
            assertThat(browser.find(By.id("label-review-form:criteria:4:score")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.find(By.id("label-review-form:criteria:3:score")).getAttribute("aria-invalid"))
                    .isEqualTo("false");
            assertThat(PageChecks.axe(browser)).as("the review form with a refusal passes axe").isEmpty();
            new Select(browser.find(By.id("label-review-form:criteria:4:score"))).selectByVisibleText("5");
            browser.click(By.id("label-review-form:approve"));
            browser.waitForText(By.id("label-review-form:messages"), "Label given", WAIT);
            assertThat(browser.find(By.id("label-review-form:queue")).getText()).doesNotContain(title);
        }

        try (var browser = new Browser()) {
            browser.open(APP + "/projects/").signInAs(alice.username());
            browser.waitForText(By.id("projects-form:open"), title, WAIT);
            browser.open(APP + "/projects/label?id=" + id);
            browser.waitForText(By.id("label-form:applications-panel"), "Label given", WAIT);
            assertThat(browser.find(By.id("label-form:applications-panel")).getText())
                    .contains("Score: 21 out of 25").contains("Part of two subjects.");
            browser.open(APP + "/projects/" + id);
            browser.waitForText(By.id("project-form:labels"), "National Quality Label: Spain", WAIT);
            browser.open(APP + "/people/" + alice.id());
            browser.click(By.xpath("//*[@id='profile-tabs']//*[@role='tab'][normalize-space()='Projects']"));
            browser.waitForText(By.id("person-projects"), title, WAIT);
            assertThat(browser.find(By.id("person-projects")).getText()).contains("National Quality Label: Spain");
        }
    }

    /** Chooses the option of a select whose label starts with this text. */
    private static void choose(Browser browser, String selectId, String label) {
        var select = new Select(browser.find(By.id(selectId)));
        select.getOptions().stream().filter(option -> option.getText().startsWith(label)).findFirst()
                .ifPresentOrElse(option -> select.selectByVisibleText(option.getText()),
                        () -> { throw new AssertionError("no option " + label + " in " + selectId); });
    }
}
