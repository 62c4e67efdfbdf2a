package org.twinninglive.twinspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import java.util.ArrayList;
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
 * Pupils in the browser (T2), as a class would: bob makes three pupil logins for the demo
 * project's TwinSpace and reads their access codes on the sheet; a pupil signs in at
 * /pupil-login with one, reads a page, replies in the forum and posts on the wall; alice, a
 * partner, reads the reply and the post under the pupil's nickname; the pupil cannot open
 * /people/ (the teachers' sign-in asks who they are) and sees the project's own page as a
 * visitor; signing out ends the pupil's session. A new space asks for the parents' consent first,
 * a missing tick said beside the box. Each page state passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class PupilsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DEMO_PROJECT = "d4000000-0000-4000-8000-000000000001";
    private static final String DEMO_PAGE = "d8000000-0000-4000-8000-000000000001";
    private static final String DEMO_THREAD = "d9000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    private record Code(String nickname, String username, String password) {
    }

    /** The row of the pupil with this user name in the list of pupils. */
    private static org.openqa.selenium.WebElement pupilRow(Browser browser, String username) {
        return browser.find(By.xpath("//table[@id='pupil-list']//tr[td[2][normalize-space()='" + username + "']]"));
    }

    /** A button of that pupil's row (its id ends with the name given). */
    private static By pupilButton(String nickname, String username, String button) {
        return By.xpath("//table[@id='pupil-list']//tr[td[1][normalize-space()='" + nickname + "'] and td[2]"
                + "[normalize-space()='" + username + "']]//button[substring(@id, string-length(@id) - "
                + (button.length() + 1) + " + 1) = ':" + button + "']");
    }

    @Test
    void bobMakesLoginsAPupilTakesPartAndAliceReadsIt() {
        String nick = "Ana" + People.uniqueWord().substring(0, 4);
        var codes = new ArrayList<Code>();
        try (var bob = new Browser()) {
            bob.open(APP + "/projects/").signInAs("bob");
            bob.find(By.id("main-tabs"));
            bob.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            bob.click(By.id("space-form:pupils-link"));
            bob.waitForText(By.id("pupils-heading"), "Pupils", WAIT);
            assertThat(bob.find(By.id("consent-confirmed")).getText()).contains("consent");
            assertThat(PageChecks.axe(bob)).as("the pupils' page passes axe").isEmpty();
            bob.setValue(By.id("space-form:nicknames"), nick + "\nBen\nChloé");
            bob.click(By.id("space-form:create-logins"));
            bob.waitForText(By.id("access-codes-heading"), "Access codes", WAIT);
            for (var row : bob.findAll(By.cssSelector("#codes tbody tr"))) {
                var cells = row.findElements(By.tagName("td"));
                codes.add(new Code(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText()));
            }
            assertThat(codes).extracting(Code::nickname).containsExactly(nick, "Ben", "Chloé");
            assertThat(bob.find(By.id("space-form:access-codes")).getText()).contains("/pupil-login");
            assertThat(bob.find(By.id("pupil-list")).getText()).contains(nick).contains(codes.get(0).username())
                    .doesNotContain(codes.get(0).password());
            assertThat(PageChecks.axe(bob)).as("the sheet of access codes passes axe").isEmpty();

            // Ben becomes a pupil-administrator: the sheet is not drawn again (codes are shown once)
            bob.click(pupilButton("Ben", codes.get(1).username(), "role"));
            bob.waitForText(By.id("space-form:messages"), "Role changed", WAIT);
            assertThat(pupilRow(bob, codes.get(1).username()).getText()).contains("Pupil-administrator");
            assertThat(bob.countNow(By.id("codes"))).as("the codes are gone after another action").isZero();
            // a new password for Ben: a sheet of one
            bob.click(pupilButton("Ben", codes.get(1).username(), "reset"));
            bob.waitForText(By.id("codes"), "Ben", WAIT);
            assertThat(bob.findAll(By.cssSelector("#codes tbody tr"))).hasSize(1);
            String bensNewCode = bob.find(By.cssSelector("#codes tbody tr td:nth-child(3)")).getText();
            assertThat(bensNewCode).matches("[a-z2-9]{8}").isNotEqualTo(codes.get(1).password());
            assertThat(org.twinninglive.support.Keycloak.pupilGrant(codes.get(1).username(), bensNewCode).status())
                    .as("Ben signs in with his new code").isEqualTo(200);
            // Chloé is removed, after a confirmation beside her
            bob.click(pupilButton("Chloé", codes.get(2).username(), "remove-pupil"));
            bob.click(pupilButton("Chloé", codes.get(2).username(), "confirm-remove-pupil"));
            bob.waitForText(By.id("space-form:messages"), "removed", WAIT);
            assertThat(bob.find(By.id("pupil-list")).getText()).doesNotContain(codes.get(2).username());
            assertThat(org.twinninglive.support.Keycloak.pupilGrant(codes.get(2).username(), codes.get(2).password())
                    .status()).as("her login has ended").isIn(400, 401);
        }

        String reply = "We measured 12 degrees " + People.uniqueWord();
        String wallPost = "Hello from our class " + People.uniqueWord();
        try (var pupil = new Browser()) {
            pupil.open(APP + "/pupil-login");
            assertThat(pupil.currentUrl()).contains("/realms/twinning-pupils/");
            pupil.signInAs(codes.get(0).username(), codes.get(0).password());
            pupil.waitForText(By.id("pupil-welcome"), nick, WAIT);
            assertThat(pupil.find(By.id("pupil-logout")).isDisplayed()).as("the sign-out in view").isTrue();
            assertThat(pupil.countNow(By.id("main-tabs"))).as("no tabs of the platform").isZero();
            assertThat(PageChecks.axe(pupil)).as("the pupil's Twinboard passes axe").isEmpty();

            pupil.click(By.cssSelector("#page-tree a[href*='" + DEMO_PAGE + "']"));
            pupil.waitForText(By.id("page-title"), "How we measure the rivers", WAIT);
            assertThat(pupil.countNow(By.id("space-form:edit-page"))).as("a pupil does not edit pages").isZero();

            pupil.click(By.id("space-form:forum-link"));
            pupil.waitForText(By.id("forum-heading"), "Forum", WAIT);
            assertThat(pupil.countNow(By.id("space-form:open-thread"))).as("a pupil opens no thread").isZero();
            pupil.click(By.cssSelector("#threads a[href*='" + DEMO_THREAD + "']"));
            pupil.waitForText(By.id("thread-title"), "Our first video call", WAIT);
            assertThat(pupil.countNow(By.id("space-form:follow"))).as("a pupil follows nothing").isZero();
            pupil.setValue(By.id("space-form:reply-body"), reply);
            pupil.click(By.id("space-form:send-reply"));
            pupil.waitForText(By.id("space-form:messages"), "Reply sent", WAIT);
            pupil.waitForText(By.id("posts"), reply, WAIT);
            assertThat(PageChecks.axe(pupil)).as("the pupil's thread passes axe").isEmpty();

            pupil.click(By.id("space-form:wall-link"));
            pupil.waitForText(By.id("wall-heading"), "Pupil wall", WAIT);
            pupil.setValue(By.id("space-form:wall-body"), wallPost);
            pupil.click(By.id("space-form:post-on-wall"));
            pupil.waitForText(By.id("wall-posts"), wallPost, WAIT);
            assertThat(PageChecks.axe(pupil)).as("the wall passes axe").isEmpty();

            // nothing else of the platform: the teachers' pages ask the teachers' sign-in, a project is a visitor's
            pupil.open(APP + "/people/");
            assertThat(pupil.currentUrl()).contains("/realms/twinning/").doesNotContain("twinning-pupils");
            assertThat(pupil.countNow(By.id("username"))).as("the teachers' sign-in form").isEqualTo(1);
            pupil.open(APP + "/projects/" + DEMO_PROJECT + "/space");
            pupil.find(By.id("members-only"));
            assertThat(pupil.countNow(By.id("space-form"))).as("the teachers' space page: a visitor's").isZero();

            // an address of theirs that does not exist: the page says so and keeps their sign-out in view
            pupil.open(APP + "/pupil/nothing-here");
            pupil.find(By.id("error-heading"));
            assertThat(pupil.find(By.id("pupil-logout")).isDisplayed()).as("the sign-out on an error page").isTrue();
            assertThat(pupil.countNow(By.id("login-link"))).as("no teachers' sign-in").isZero();
            pupil.open(APP + "/pupil/space");
            pupil.waitForText(By.id("pupil-welcome"), nick, WAIT);
            pupil.click(By.id("pupil-logout"));
            pupil.find(By.id("kc-login"));
            assertThat(pupil.currentUrl()).contains("/realms/twinning-pupils/");
            pupil.open(APP + "/pupil/space");
            pupil.find(By.id("kc-login"));
            assertThat(pupil.countNow(By.id("pupil-welcome"))).as("signed out").isZero();
        }

        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(APP + "/projects/" + DEMO_PROJECT + "/space?thread=" + DEMO_THREAD);
            alice.waitForText(By.id("thread-title"), "Our first video call", WAIT);
            alice.waitForText(By.id("posts"), reply, WAIT);
            assertThat(alice.find(By.id("posts")).getText()).contains(nick);
            alice.open(APP + "/projects/" + DEMO_PROJECT + "/space?wall=1");
            alice.waitForText(By.id("wall-posts"), wallPost, WAIT);
            assertThat(alice.find(By.id("wall-posts")).getText()).contains(nick);
            assertThat(PageChecks.axe(alice)).as("the teachers' wall passes axe").isEmpty();

            // a teacher makes the pupil's words public on the blog, after checking them
            alice.click(By.xpath("//ul[@id='wall-posts']/li[.//p[@class='wall-body'][contains(., '" + wallPost
                    + "')]]//button[contains(@id, ':to-blog')]"));
            alice.waitForText(By.id("space-form:messages"), "Taken to the blog form", WAIT);
            assertThat(alice.find(By.id("space-form:blog-body")).getAttribute("value")).isEqualTo(wallPost);
            alice.setValue(By.id("space-form:blog-title"), "From our pupils");
            alice.click(By.id("space-form:publish"));
            alice.waitForText(By.id("space-form:messages"), "Post published", WAIT);
        }
    }

    @Test
    void aNewSpaceAsksForTheParentsConsentBeforeTheFirstPupil() {
        var founder = Projects.validatedTeacher("Greta", "ES");
        String id = Projects.open(founder, "ES", "Consent " + People.uniqueWord());
        try (var greta = new Browser()) {
            greta.open(APP + "/projects/").signInAs(founder.username());
            greta.find(By.id("main-tabs"));
            greta.open(APP + "/projects/" + id + "/space?pupils=1");
            greta.waitForText(By.id("space-form:consent-form"), "parents", WAIT);
            assertThat(greta.countNow(By.id("space-form:nicknames"))).as("no logins before the consent").isZero();
            greta.click(By.id("space-form:confirm-consent"));
            greta.waitForText(By.id("space-form:consent-message"), "Tick the box", WAIT);
            assertThat(PageChecks.axe(greta)).as("the consent with its refusal passes axe").isEmpty();
            greta.click(By.id("space-form:consent"));
            greta.click(By.id("space-form:confirm-consent"));
            greta.waitForText(By.id("space-form:messages"), "Consent confirmed", WAIT);
            greta.find(By.id("space-form:nicknames"));
            greta.click(By.id("space-form:create-logins"));
            greta.waitForText(By.id("space-form:nicknames-message"), "nicknames", WAIT);
            assertThat(PageChecks.axe(greta)).as("the new logins form with its refusal passes axe").isEmpty();
        }
    }

    @Test
    void aPupilWhoseProjectClosedLongAgoIsToldSoAndMaySignOut() {
        var founder = Projects.validatedTeacher("Olivia", "ES");
        String id = Projects.open(founder, "ES", "Ended " + People.uniqueWord());
        org.twinninglive.support.Pupils.consent(founder.token(), id);
        var pupil = org.twinninglive.support.Pupils.made(founder.token(), id, false, "Oli").get(0);
        var none = org.twinninglive.support.Http.send("PUT", org.twinninglive.support.Pupils.pupils(id) + "/settings",
                founder.token(), "application/json", "{\"graceDays\": 0}");
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(Projects.post(founder.token(), id, "close").status()).isEqualTo(200);
        try (var browser = new Browser()) {
            browser.open(APP + "/pupil-login");
            browser.signInAs(pupil.username(), pupil.password());
            browser.waitForText(By.id("login-ended"), "no longer opens", WAIT);
            assertThat(browser.countNow(By.id("space-form"))).isZero();
            assertThat(browser.find(By.id("pupil-logout")).isDisplayed()).as("the sign-out in view").isTrue();
            assertThat(PageChecks.axe(browser)).as("the page of an ended login passes axe").isEmpty();
        }
    }
}
