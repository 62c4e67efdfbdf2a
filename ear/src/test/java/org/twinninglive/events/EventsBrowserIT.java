package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.APP;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

/**
 * Events in the browser (E1, E2): bob organises a public online event (an end before its start
 * refused beside the field, nothing made), and lands on its page; alice finds it on the Events
 * tab and registers, and sees it on her calendar in her time zone (E6); a visitor reads it and is
 * asked to sign in to register. Each state passes axe and fits 360 px.
 */
@ExtendWith(ArquillianExtension.class)
class EventsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void bobOrganisesAnEventAndAliceRegisters() {
        String title = "Robotics for beginners " + People.uniqueWord();
        var start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS);
        String address;
        try (var bob = new Browser()) {
            bob.open(APP + "/projects/").signInAs("bob");
            bob.find(By.id("main-tabs"));
            bob.open(APP + "/events/");
            bob.click(By.id("organise"));
            bob.setValue(By.id("event-form:title"), title);
            bob.setValue(By.id("event-form:description"), "Bring your curiosity.");
            setLocal(bob, "event-form:start", start);
            setLocal(bob, "event-form:end", start.minusHours(1));
            bob.setValue(By.id("event-form:capacity"), "25");
            bob.click(By.id("event-form:save"));
            bob.waitForText(By.id("event-form:end-message"), "after the start", WAIT);
            assertThat(PageChecks.axe(bob)).as("the form with a refusal passes axe").isEmpty();
            setLocal(bob, "event-form:end", start.plusHours(2));
            bob.click(By.id("event-form:save"));
            bob.waitForText(By.id("event-title"), title, WAIT);
            address = bob.currentUrl();
            assertThat(address).matches(".*/events/[0-9a-f-]{36}");
            assertThat(bob.find(By.id("event-seats")).getText()).contains("25 seats left");
            assertThat(bob.countNow(By.id("event-form:register"))).as("an organiser does not register").isZero();
            assertThat(PageChecks.axe(bob)).as("the organiser's event page passes axe").isEmpty();
        }
        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(APP + "/events/");
            alice.setValue(By.id("events-form:q"), title.split(" ")[3]);
            new Select(alice.find(By.id("events-form:format"))).selectByValue("ONLINE");
            alice.click(By.id("events-form:search"));
            alice.waitForText(By.id("events"), title, WAIT);
            assertThat(PageChecks.axe(alice)).as("the Events tab passes axe").isEmpty();
            alice.click(By.linkText(title));
            alice.waitForText(By.id("event-title"), title, WAIT);
            alice.click(By.id("event-form:register"));
            alice.waitForText(By.id("registered"), "You take part", WAIT);
            assertThat(alice.find(By.id("event-seats")).getText()).contains("24 seats left");
            assertThat(PageChecks.axe(alice)).as("a participant's event page passes axe").isEmpty();
            alice.viewport(360, 800);
            var narrow = PageChecks.overflow(alice);
            assertThat(narrow.scrollWidth()).as("the event at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            alice.naturalViewport();

            // E6: her calendar shows it in her zone (her profile names none: Spain's, Europe/Madrid), not the
            // browser's (UTC); bob typed the start in his (Europe/Paris)
            alice.open(APP + "/events/");
            alice.click(By.id("my-calendar"));
            alice.waitForText(By.id("calendar-lead"), "Europe/Madrid", WAIT);
            var madrid = java.time.ZoneId.of("Europe/Madrid");
            var shown = start.atZone(java.time.ZoneId.of("Europe/Paris")).withZoneSameInstant(madrid).toLocalDateTime();
            long months = ChronoUnit.MONTHS.between(java.time.YearMonth.now(madrid), java.time.YearMonth.from(shown));
            alice.find(By.cssSelector("#calendar-form\\:calendar .fc-list"));
            for (long month = 0; month < months; month++) {
                alice.click(By.cssSelector("#calendar-form\\:calendar .fc-next-button"));
            }
            alice.waitForText(By.id("calendar-form:calendar"), title + " (you take part)", WAIT);
            Object startShown = alice.script("var t = arguments[0]; var e = PF('calendar').calendar.getEvents()"
                    + ".find(function (e) { return e.title.indexOf(t) === 0; }); return e ? e.startStr : null;", title);
            assertThat(String.valueOf(startShown)).as("the start as the calendar holds it")
                    .startsWith(shown.format(LOCAL));
            int hour = shown.getHour() % 12 == 0 ? 12 : shown.getHour() % 12;
            assertThat(alice.find(By.xpath("//tr[contains(@class, 'fc-list-event')][.//a[contains(., '" + title
                    + "')]]/td[contains(@class, 'fc-list-event-time')]")).getText()).as("the time shown")
                    .containsPattern("(^|\\D)(" + hour + "|" + String.format("%02d", shown.getHour()) + "):00");
            assertThat(alice.find(By.id("feed-form:feed-url")).getAttribute("value"))
                    .matches(".*/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics");
            assertThat(PageChecks.axe(alice)).as("the calendar passes axe").isEmpty();
            alice.viewport(360, 800);
            var narrowCalendar = PageChecks.overflow(alice);
            assertThat(narrowCalendar.scrollWidth()).as("the calendar at 360 px: %s", narrowCalendar.widest())
                    .isLessThanOrEqualTo(narrowCalendar.innerWidth());
            alice.naturalViewport();
            alice.click(By.partialLinkText(title));
            alice.waitForText(By.id("event-title"), title, WAIT);
        }
        try (var visitor = new Browser()) {
            visitor.open(address);
            visitor.waitForText(By.id("event-title"), title, WAIT);
            assertThat(visitor.find(By.id("sign-in-to-register")).getText()).contains("Sign in");
            String ics = visitor.find(By.id("add-to-calendar")).getAttribute("href");
            var calendar = org.twinninglive.support.RawHttp.get(ics, null);
            assertThat(calendar.status()).as("the page's .ics").isEqualTo(200);
            assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
            assertThat(new String(calendar.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("BEGIN:VEVENT")
                    .contains("SUMMARY:" + title);
        }
    }

    /** Types a date and time into a datetime-local field as the browser takes it. */
    private static void setLocal(Browser browser, String id, LocalDateTime value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.find(By.id(id)), value.format(LOCAL));
    }
}
