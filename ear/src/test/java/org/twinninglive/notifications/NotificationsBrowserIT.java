package org.twinninglive.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Http;
import org.twinninglive.support.Mailbox;
import org.twinninglive.support.PageChecks;
import org.twinninglive.support.Passes;
import org.twinninglive.support.People;

/** The bell (N2) and the e-mail choices (N4) with a real browser, as a teacher meets them. */
@ExtendWith(ArquillianExtension.class)
class NotificationsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void theBellCountRisesWithoutAReloadWhenSomeoneAsksToBeAContact() {
        var alice = People.teacher("Alice", "ES");
        var bob = People.teacher("Bob", "IT");

        try (var browser = new Browser()) {
            browser.open(APP + "/desktop/").signInAs(alice.username());
            browser.waitForText(By.id("main-tabs"), "", WAIT);
            assertThat(browser.countNow(By.id("notifications-count"))).as("nothing yet").isZero();
            browser.script("window.notReloaded = true;");
            // the page's socket must be open before bob acts: a change before that is shown on the next page
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), WAIT).until(driver ->
                    "open".equals(browser.script("return document.documentElement.getAttribute('data-inbox');")));

            assertThat(People.invite(bob.token(), alice.id()).status()).isEqualTo(201);

            browser.waitForText(By.id("notifications-count"), "1", WAIT);
            assertThat(browser.script("return window.notReloaded === true;")).as("the same page, not reloaded")
                    .isEqualTo(true);
            assertThat(browser.find(By.id("notifications-link")).getText()).contains("1 unread");

            browser.click(By.id("notifications-link"));
            browser.waitForText(By.id("notifications-form:list"), bob.name() + " asked you to become contacts.", WAIT);
            assertThat(PageChecks.axe(browser)).as("the notifications page passes axe").isEmpty();

            browser.click(By.xpath("//button[contains(@id,':mark-read')]"));
            waitUntilGone(browser, "notifications-count");
            assertThat(NotificationsApiIT.unreadCount(alice)).isZero();

            browser.click(By.xpath("//button[contains(@id,':open')]"));
            browser.waitForText(By.tagName("h1"), "", WAIT);
            assertThat(browser.currentUrl()).endsWith("/people/contacts");
            assertThat(browser.pageText()).contains(bob.name());
        }
    }

    @Test
    void aTeacherChoosesADailySummaryAndStopsAKindOfMailFromTheMailItself() {
        var carla = People.teacher("Carla", "FR");
        var dario = People.teacher("Dario", "IT");

        try (var browser = new Browser()) {
            browser.open(APP + "/notifications/preferences").signInAs(carla.username());
            browser.waitForText(By.tagName("h1"), "E-mail choices", WAIT);
            assertThat(PageChecks.axe(browser)).as("the preferences page passes axe").isEmpty();
            // the second kind is "contact accepted": choose its daily summary with the keyboard's target, the label
            browser.click(By.xpath("(//fieldset[legend[normalize-space()='Accepted contact requests']]"
                    + "//label[normalize-space()='Daily summary'])[1]"));
            browser.click(By.id("preferences-form:save"));
            browser.waitForText(By.id("preferences-form:messages"), "Saved", WAIT);
        }
        assertThat(Http.get(API + "/v1/me/notification-preferences", carla.token()).json().get("contact-accepted")
                .asText()).isEqualTo("DAILY");

        assertThat(People.invite(dario.token(), carla.id()).status()).isEqualTo(201);
        var mail = Mailbox.await(carla.email(), 1, WAIT).get(0);
        var link = Pattern.compile("(http\\S+/mail/unsubscribe\\S+)").matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();

        try (var visitor = new Browser()) {
            visitor.open(link.group(1));
            visitor.waitForText(By.tagName("main"), "Contact requests", WAIT);
            assertThat(Http.get(API + "/v1/me/notification-preferences", carla.token()).json()
                    .get("contact-requested").asText()).as("opening the link only asks").isEqualTo("IMMEDIATELY");
            assertThat(PageChecks.axe(visitor)).as("the unsubscribe page passes axe").isEmpty();
            visitor.click(By.id("unsubscribe-form:confirm"));
            visitor.waitForText(By.id("unsubscribed"), "no more e-mails", WAIT);
        }
        assertThat(Http.get(API + "/v1/me/notification-preferences", carla.token()).json().get("contact-requested")
                .asText()).isEqualTo("NEVER");
    }

    private static void waitUntilGone(Browser browser, String id) {
        var until = java.time.Instant.now().plus(WAIT);
        while (browser.countNow(By.id(id)) > 0 && java.time.Instant.now().isBefore(until)) {
            People.pause(Duration.ofMillis(200));
        }
        assertThat(browser.countNow(By.id(id))).as(id + " gone").isZero();
    }
}
