package org.twinninglive.twinspace;

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

/**
 * Guest teachers in the browser (T1), as a school would: alice, a member of the demo project,
 * invites a colleague of her school as a guest of its TwinSpace (asked to choose one first); the
 * guest reads a page and replies in the forum, with no button to write, and leaves; the space's
 * inside is then closed to them. The teachers' bulletin: alice opens a thread there, which the
 * forum does not show and which does not exist for a pupil. Each page state passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class GuestsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DEMO_PROJECT = "d4000000-0000-4000-8000-000000000001";
    private static final String DEMO_PAGE = "d8000000-0000-4000-8000-000000000001";
    private static final String DEMO_THREAD = "d9000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void aliceInvitesAColleagueWhoReadsRepliesAndLeaves() {
        // a validated teacher of alice's school (IES Ramón y Cajal)
        var gema = Projects.validatedTeacher("Gema", "ES");
        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            alice.click(By.id("space-form:guests-link"));
            alice.waitForText(By.id("guests-heading"), "Guests", WAIT);
            assertThat(PageChecks.axe(alice)).as("the guests' page passes axe").isEmpty();

            alice.click(By.id("space-form:invite-guest-button"));
            alice.waitForText(By.id("space-form:guest-choice-message"), "Choose the teacher to invite", WAIT);
            new Select(alice.find(By.id("space-form:guest-choice"))).selectByValue(gema.id());
            alice.click(By.id("space-form:invite-guest-button"));
            alice.waitForText(By.id("space-form:messages"), "Guest invited", WAIT);
            alice.waitForText(By.id("guest-list"), gema.name(), WAIT);
            // a guest is not offered again (the list is gone when she was the last colleague)
            assertThat(alice.driver().findElements(By.cssSelector("select[id='space-form:guest-choice'] option")))
                    .as("a guest is not offered again").noneMatch(o -> gema.id().equals(o.getAttribute("value")));
            assertThat(PageChecks.axe(alice)).as("the list of guests passes axe").isEmpty();
        }

        String reply = "May my class join? " + People.uniqueWord();
        try (var guest = new Browser()) {
            guest.open(APP + "/projects/").signInAs(gema.username());
            guest.find(By.id("main-tabs"));
            guest.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            guest.waitForText(By.id("space-form:guest-note"), "guest", WAIT);
            assertThat(guest.countNow(By.id("space-form:new-page"))).as("a guest writes no page").isZero();
            assertThat(guest.countNow(By.id("space-form:guests-link"))).as("nor invites").isZero();
            assertThat(PageChecks.axe(guest)).as("the guest's Twinboard passes axe").isEmpty();

            guest.click(By.cssSelector("#page-tree a[href*='" + DEMO_PAGE + "']"));
            guest.waitForText(By.id("page-title"), "How we measure the rivers", WAIT);
            assertThat(guest.countNow(By.id("space-form:edit-page"))).as("a guest edits no page").isZero();
            guest.open(APP + "/projects/" + DEMO_PROJECT + "/space?thread=" + DEMO_THREAD);
            guest.waitForText(By.id("thread-title"), "Our first video call", WAIT);
            guest.setValue(By.id("space-form:reply-body"), reply);
            guest.click(By.id("space-form:send-reply"));
            guest.waitForText(By.id("posts"), reply, WAIT);
            assertThat(guest.find(By.id("posts")).getText()).contains(gema.name());

            guest.click(By.id("space-form:leave-space"));
            // back on the project's page, which says so
            guest.find(By.id("project-status"));
            guest.waitForText(By.id("content"), "You left the TwinSpace", WAIT);
            guest.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            guest.find(By.id("members-only"));
            assertThat(guest.countNow(By.id("space-form:guest-note"))).isZero();
        }
    }

    @Test
    void theTeachersBulletinIsTheTeachersAlone() {
        String title = "Planning the visit " + People.uniqueWord();
        String threadAddress;
        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            alice.click(By.id("space-form:bulletin-link"));
            alice.waitForText(By.id("forum-heading"), "Teachers", WAIT);
            alice.click(By.id("space-form:open-thread"));
            alice.setValue(By.id("space-form:thread-title"), title);
            alice.setValue(By.id("space-form:thread-body"), "Which week suits your class?");
            alice.click(By.id("space-form:save-thread"));
            alice.waitForText(By.id("thread-title"), title, WAIT);
            alice.click(By.id("space-form:back-to-forum"));
            alice.waitForText(By.id("threads"), title, WAIT);
            threadAddress = alice.find(By.xpath("//table[@id='threads']//a[contains(., '" + title + "')]"))
                    .getAttribute("href");
            assertThat(threadAddress).contains("bulletin=1").contains("thread=");
            alice.open(APP + "/projects/" + DEMO_PROJECT + "/space?forum=1");
            alice.waitForText(By.id("forum-heading"), "Forum", WAIT);
            assertThat(alice.find(By.tagName("main")).getText()).as("not in the pupils' forum").doesNotContain(title);
        }
        try (var pupil = new Browser()) {
            pupil.open(APP + "/pupil-login");
            pupil.signInAs("demo-pupil", "demo-pupil");
            pupil.find(By.id("pupil-welcome"));
            assertThat(pupil.countNow(By.id("space-form:bulletin-link"))).as("no bulletin for pupils").isZero();
            String thread = threadAddress.substring(threadAddress.indexOf("thread="));
            pupil.open(APP + "/pupil/space?bulletin=1&" + thread);
            pupil.find(By.id("error-heading"));
            assertThat(pupil.find(By.tagName("main")).getText()).as("a bulletin thread does not exist for a pupil")
                    .doesNotContain(title);
        }
    }
}
