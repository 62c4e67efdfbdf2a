package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;

/**
 * TwinSpace in the browser (T1, T3): the founder opens the project's space from its page and
 * writes its first page (a missing title said beside the field, the text kept); the partner saves
 * a new version while the founder is editing, so the founder's save is refused with the partner's
 * version shown beside their own text, and their next save builds on it; the history keeps the
 * three versions. A visitor sees only the public part; once the project is closed the space is
 * archived. Each page state passes axe; the space fits 360 px.
 */
@ExtendWith(ArquillianExtension.class)
class TwinSpaceBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void theFounderAndThePartnerWriteAPageTogetherAndNothingEitherWroteIsLost() {
        var founder = Projects.validatedTeacher("Teresa", "ES");
        var partner = Projects.validatedTeacher("Bruno", "FR");
        String title = "Shared rivers " + People.uniqueWord();
        String id = Projects.open(founder, "ES", title);
        People.makeContacts(founder, partner);
        Projects.join(founder, id, partner);
        String space = APP + "/projects/" + id + "/space";

        try (var teresa = new Browser(); var bruno = new Browser()) {
            teresa.open(APP + "/projects/").signInAs(founder.username());
            teresa.waitForText(By.id("projects-form:open"), title, WAIT);
            teresa.open(APP + "/projects/" + id);
            teresa.click(By.id("project-form:space-link"));
            teresa.waitForText(By.id("space-heading"), "TwinSpace: " + title, WAIT);
            assertThat(teresa.find(By.id("twinboard-empty")).getText()).contains("Nothing has been written");
            assertThat(PageChecks.axe(teresa)).as("the empty space passes axe").isEmpty();

            // a page without a title: said beside the field, the text kept
            teresa.click(By.id("space-form:new-page"));
            teresa.waitForText(By.id("space-form:page-form"), "New page", WAIT);
            teresa.setValue(By.id("space-form:body"), "Each class measures its river.\n\nWe share the figures.");
            teresa.click(By.id("space-form:save"));
            teresa.waitForText(By.id("space-form:title-message"), "Give the page a title", WAIT);
            assertThat(teresa.find(By.id("space-form:title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(teresa.find(By.id("space-form:body")).getAttribute("value"))
                    .isEqualTo("Each class measures its river.\n\nWe share the figures.");
            assertThat(PageChecks.axe(teresa)).as("the page form with a refusal passes axe").isEmpty();
            teresa.setValue(By.id("space-form:title"), "Our measurements");
            teresa.click(By.id("space-form:save"));
            teresa.waitForText(By.id("space-form:messages"), "Page written", WAIT);
            assertThat(teresa.find(By.id("page-title")).getText()).isEqualTo("Our measurements");
            assertThat(teresa.find(By.id("page-body")).getText()).contains("We share the figures.");
            assertThat(teresa.find(By.id("page-version")).getText()).contains("Version 1").contains("Teresa");
            assertThat(teresa.find(By.id("page-tree")).getText()).contains("Our measurements");

            // the founder starts editing version 1 ...
            teresa.click(By.id("space-form:edit-page"));
            teresa.waitForText(By.id("space-form:page-form"), "Edit page", WAIT);
            teresa.setValue(By.id("space-form:body"), "Each class measures its river every Monday.");

            // ... while the partner opens the page from the Twinboard and saves version 2
            bruno.open(APP + "/projects/").signInAs(partner.username());
            bruno.waitForText(By.id("projects-form:open"), title, WAIT);
            bruno.open(space);
            bruno.waitForText(By.id("twinboard-updates"), "wrote “Our measurements”", WAIT);
            bruno.click(By.cssSelector("#twinboard-updates a.twinboard-open"));
            bruno.waitForText(By.id("page-title"), "Our measurements", WAIT);
            bruno.click(By.id("space-form:edit-page"));
            bruno.waitForText(By.id("space-form:page-form"), "Edit page", WAIT);
            bruno.setValue(By.id("space-form:body"), "Each class measures its river.\n\nOur school adds the Loire.");
            bruno.click(By.id("space-form:save"));
            bruno.waitForText(By.id("space-form:messages"), "New version saved", WAIT);
            assertThat(bruno.find(By.id("page-version")).getText()).contains("Version 2").contains("Bruno");

            // the founder's save from version 1 is refused: their text kept, the partner's version beside it
            teresa.click(By.id("space-form:save"));
            teresa.waitForText(By.id("space-form:messages"), "newer version of this page (version 2)", WAIT);
            assertThat(teresa.find(By.id("space-form:meanwhile")).getText()).contains("Bruno")
                    .contains("Our school adds the Loire.");
            assertThat(teresa.find(By.id("space-form:body")).getAttribute("value"))
                    .isEqualTo("Each class measures its river every Monday.");
            assertThat(PageChecks.axe(teresa)).as("the refused save passes axe").isEmpty();
            teresa.setValue(By.id("space-form:body"), "Each class measures its river every Monday.\n\n"
                    + "Our school adds the Loire.");
            teresa.click(By.id("space-form:save"));
            teresa.waitForText(By.id("space-form:messages"), "New version saved", WAIT);
            assertThat(teresa.find(By.id("page-version")).getText()).contains("Version 3");
            assertThat(teresa.find(By.id("page-body")).getText()).contains("every Monday")
                    .contains("adds the Loire");

            // the history keeps the three versions; the first reads as it was
            teresa.click(By.id("space-form:history"));
            teresa.waitForText(By.id("history-heading"), "History of “Our measurements”", WAIT);
            assertThat(teresa.findAll(By.cssSelector("#versions tbody tr"))).hasSize(3);
            assertThat(teresa.find(By.id("versions")).getText()).contains("Bruno").contains("Teresa");
            teresa.click(By.xpath("//tr[td[1][normalize-space()='1']]//button"));
            teresa.waitForText(By.id("version-heading"), "Version 1", WAIT);
            assertThat(teresa.find(By.id("version-body")).getText()).contains("We share the figures.")
                    .doesNotContain("Loire");
            assertThat(PageChecks.axe(teresa)).as("the history passes axe").isEmpty();

            // she publishes on the public blog: a missing text is said beside it, the title kept
            teresa.click(By.id("space-form:blog-link"));
            teresa.waitForText(By.id("blog-heading"), "Blog", WAIT);
            teresa.setValue(By.id("space-form:blog-title"), "Our first measurements");
            teresa.click(By.id("space-form:publish"));
            teresa.waitForText(By.id("space-form:blog-body-message"), "Write the post", WAIT);
            assertThat(teresa.find(By.id("space-form:blog-title")).getAttribute("value")).isEqualTo("Our first measurements");
            teresa.setValue(By.id("space-form:blog-body"), "The Tagus was 12 degrees on Monday.");
            teresa.click(By.id("space-form:publish"));
            teresa.waitForText(By.id("space-form:messages"), "Post published", WAIT);
            assertThat(teresa.find(By.id("blog-posts")).getText()).contains("Our first measurements")
                    .contains("12 degrees");
            assertThat(PageChecks.axe(teresa)).as("the blog passes axe").isEmpty();

            teresa.viewport(360, 800);
            var narrow = PageChecks.overflow(teresa);
            assertThat(narrow.scrollWidth()).as("the space at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            teresa.naturalViewport();
        }

        // a visitor reads the public part only
        try (var visitor = new Browser()) {
            visitor.open(space);
            visitor.waitForText(By.id("space-heading"), title, WAIT);
            assertThat(visitor.find(By.id("members-only")).getText()).contains("for the project’s founders and partners");
            assertThat(visitor.find(By.id("space-description")).getText()).contains("rivers");
            assertThat(visitor.countNow(By.id("space-form"))).isZero();
            assertThat(visitor.pageText()).doesNotContain("Our measurements");
            assertThat(visitor.find(By.id("blog-posts")).getText()).as("the blog is public")
                    .contains("Our first measurements").contains("12 degrees");
            assertThat(PageChecks.axe(visitor)).as("the public part passes axe").isEmpty();
        }

        // closed, the space is archived: readable, without a way to change it
        var closed = Projects.post(founder.token(), id, "close");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        try (var bruno = new Browser()) {
            bruno.open(APP + "/projects/").signInAs(partner.username());
            bruno.waitForText(By.id("projects-form:closed"), title, WAIT);
            bruno.open(space);
            bruno.waitForText(By.id("archived"), "archived", WAIT);
            assertThat(bruno.find(By.id("page-tree")).getText()).contains("Our measurements");
            assertThat(bruno.countNow(By.id("space-form:new-page"))).isZero();
            assertThat(PageChecks.axe(bruno)).as("the archived space passes axe").isEmpty();
        }
    }

    @Test
    void membersDiscussInTheForumAndAFollowerOpensTheReplyFromTheirNotification() {
        var founder = Projects.validatedTeacher("Tomasa", "ES");
        var partner = Projects.validatedTeacher("Basile", "FR");
        String title = "Forum rivers " + People.uniqueWord();
        String id = Projects.open(founder, "ES", title);
        People.makeContacts(founder, partner);
        Projects.join(founder, id, partner);
        String space = APP + "/projects/" + id + "/space";

        try (var tomasa = new Browser(); var basile = new Browser()) {
            // the founder opens a thread: a missing title is said beside it, the first post kept
            tomasa.open(APP + "/projects/").signInAs(founder.username());
            tomasa.waitForText(By.id("projects-form:open"), title, WAIT);
            tomasa.open(space);
            tomasa.click(By.id("space-form:forum-link"));
            tomasa.waitForText(By.id("forum-heading"), "Forum", WAIT);
            assertThat(tomasa.find(By.id("no-threads")).getText()).contains("No thread yet");
            tomasa.click(By.id("space-form:open-thread"));
            tomasa.waitForText(By.id("space-form:thread-form"), "New thread", WAIT);
            tomasa.setValue(By.id("space-form:thread-body"), "Shall we meet on Monday at ten?");
            tomasa.click(By.id("space-form:save-thread"));
            tomasa.waitForText(By.id("space-form:thread-title-message"), "Give the thread a title", WAIT);
            assertThat(tomasa.find(By.id("space-form:thread-title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(tomasa.find(By.id("space-form:thread-body")).getAttribute("value"))
                    .isEqualTo("Shall we meet on Monday at ten?");
            assertThat(PageChecks.axe(tomasa)).as("the thread form with a refusal passes axe").isEmpty();
            tomasa.setValue(By.id("space-form:thread-title"), "Our first call");
            tomasa.click(By.id("space-form:save-thread"));
            tomasa.waitForText(By.id("space-form:messages"), "Thread opened", WAIT);
            assertThat(tomasa.find(By.id("thread-title")).getText()).isEqualTo("Our first call");
            assertThat(tomasa.find(By.id("posts")).getText()).contains("Shall we meet on Monday at ten?");

            // the partner finds it in the forum and replies
            basile.open(APP + "/projects/").signInAs(partner.username());
            basile.waitForText(By.id("projects-form:open"), title, WAIT);
            basile.open(space + "?forum=1");
            basile.waitForText(By.id("threads"), "Our first call", WAIT);
            assertThat(PageChecks.axe(basile)).as("the forum passes axe").isEmpty();
            basile.click(By.linkText("Our first call"));
            basile.waitForText(By.id("thread-title"), "Our first call", WAIT);
            basile.setValue(By.id("space-form:reply-body"), "Monday suits our class.");
            basile.click(By.id("space-form:send-reply"));
            basile.waitForText(By.id("space-form:messages"), "Reply sent", WAIT);
            assertThat(basile.find(By.id("posts")).getText()).contains("Monday suits our class.");
            assertThat(basile.find(By.id("space-form:unfollow")).getText()).as("a replier follows").contains("Stop following");

            // the founder, a follower, opens the reply from her notifications
            tomasa.open(APP + "/notifications/");
            tomasa.waitForText(By.id("notifications-form:list"), "replied in “Our first call”", WAIT);
            tomasa.click(By.xpath("//li[contains(normalize-space(), 'replied in “Our first call”')]//button[contains(@id,':open')]"));
            tomasa.waitForText(By.id("thread-title"), "Our first call", WAIT);
            assertThat(tomasa.find(By.id("posts")).getText()).contains("Monday suits our class.");

            // she removes the reply with a reason and locks the thread
            tomasa.click(By.xpath("//ol[@id='posts']/li[2]//button[contains(@id,':remove')]"));
            tomasa.waitForText(By.id("space-form:removal"), "Why is it removed?", WAIT);
            tomasa.click(By.id("space-form:confirm-removal"));
            tomasa.waitForText(By.id("space-form:removal-reason-message"), "Say why", WAIT);
            tomasa.setValue(By.id("space-form:removal-reason"), "We agreed on Tuesday by mail.");
            tomasa.click(By.id("space-form:confirm-removal"));
            tomasa.waitForText(By.id("space-form:messages"), "Post removed", WAIT);
            assertThat(tomasa.find(By.id("posts")).getText()).contains("Removed by a moderator: We agreed on Tuesday by mail.")
                    .doesNotContain("Monday suits our class.");
            tomasa.click(By.id("space-form:lock"));
            tomasa.waitForText(By.id("space-form:messages"), "Thread changed", WAIT);
            assertThat(tomasa.find(By.id("thread-locked")).getText()).isEqualTo("Locked");
            assertThat(PageChecks.axe(tomasa)).as("the moderated thread passes axe").isEmpty();

            // the partner finds the thread locked: no reply form
            basile.open(space + "?forum=1");
            basile.waitForText(By.id("threads"), "Locked", WAIT);
            basile.click(By.linkText("Our first call"));
            basile.waitForText(By.id("locked-notice"), "locked", WAIT);
            assertThat(basile.countNow(By.id("space-form:reply-body"))).isZero();
        }
    }
}
