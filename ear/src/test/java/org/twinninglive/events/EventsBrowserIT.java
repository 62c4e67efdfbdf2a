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
 * tab and registers, then shares a document (E5) with the upload's progress bar and downloads it,
 * and sees the event on her calendar in her time zone (E6); a visitor reads it and is asked to sign
 * in to register. alice joins bob's open video room as a participant (E3), chiara, not
 * registered, is not let in. The forum of an event (E4): a thread started, moderated by the
 * organiser, read at its address. Each state passes axe and fits 360 px.
 */
@ExtendWith(ArquillianExtension.class)
class EventsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @BeforeAll
    static void once() {
        Passes.onlyInTheFirstPass("pages draw what the services answer, and the services meet PostgreSQL in the REST"
                + " tests of this pass");
    }

    @Test
    void bobOrganisesAnEventAndAliceRegisters() throws java.io.IOException {
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
            // the archive (E5): a participant shares a document with a progress bar, lists it and reads it back
            alice.open(alice.currentUrl());
            alice.waitForText(By.id("documents-heading"), "Documents", WAIT);
            var slides = java.nio.file.Files.createTempFile("slides", ".pdf");
            java.nio.file.Files.write(slides, PDF);
            alice.find(By.id("document-upload")).sendKeys(slides.toAbsolutePath().toString());
            alice.waitForText(By.id("document-upload-status"), slides.getFileName() + " attached", WAIT);
            alice.waitForText(By.id("documents-form:document-list"), slides.getFileName().toString(), WAIT);
            String href = alice.find(By.cssSelector("#documents a.document-link")).getAttribute("href");
            assertThat(alice.asyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength)));",
                    href)).as("the document's download").isEqualTo("200 " + PDF.length);
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

    /** bob's drop-in video room (R__demo_data.sql): open from an hour ago for two weeks, alice registered. */
    private static final String DROP_IN = "de000000-0000-4000-8000-000000000003";

    /**
     * Stands in for openvidu-browser (the fake OpenVidu speaks REST only, no WebRTC): keeps the
     * token the page joined with, and answers as the library does.
     */
    private static final String OPENVIDU_STUB = """
            window.__joined = null;
            window.OpenVidu = function () {
                this.initSession = function () {
                    return {
                        on: function () {},
                        connect: function (token) { window.__joined = token; return Promise.resolve(); },
                        publish: function () { return Promise.resolve(); },
                        disconnect: function () {}
                    };
                };
                this.initPublisherAsync = function () {
                    return Promise.resolve({ publishAudio: function () {}, publishVideo: function () {}, stream: null });
                };
            };
            """;

    @Test
    void aliceJoinsTheVideoRoomAsAParticipantAndChiaraIsNotLetIn() {
        org.twinninglive.support.FakeOpenVidu.start().reset();
        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(APP + "/events/" + DROP_IN);
            alice.click(By.id("open-room"));
            alice.find(By.id("room-join"));
            assertThat(alice.find(By.id("room-before")).getText()).contains("camera and microphone");
            assertThat(PageChecks.axe(alice)).as("the room's first step passes axe").isEmpty();
            alice.script(OPENVIDU_STUB);
            alice.click(By.id("room-join"));
            alice.waitForText(By.id("room-status"), "You are in the room", WAIT);
            assertThat(alice.find(By.id("video-room")).getAttribute("data-role")).isEqualTo("PUBLISHER");
            assertThat(String.valueOf(alice.script("return window.__joined;")))
                    .contains("sessionId=tl-event-" + DROP_IN, "role=PUBLISHER");
            assertThat(alice.find(By.id("room-controls")).isDisplayed()).isTrue();
            assertThat(PageChecks.axe(alice)).as("the room with its controls passes axe").isEmpty();
            alice.viewport(360, 800);
            var narrow = PageChecks.overflow(alice);
            assertThat(narrow.scrollWidth()).as("the room at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            alice.naturalViewport();

            // the Events tab of profiles: bob's public events for her, and on her own the ones she takes part in
            alice.open(APP + "/people/b0000000-0000-4000-8000-000000000002");
            assertThat(alice.driver().findElement(By.id("person-events")).getAttribute("textContent"))
                    .contains("Partner search: science projects for 12-15", "Drop-in video room");
            alice.open(APP + "/people/" + org.twinninglive.support.People.ALICE);
            assertThat(alice.driver().findElement(By.id("person-events")).getAttribute("textContent"))
                    .contains("Outdoor science workshop", "Drop-in video room");
        }
        try (var chiara = new Browser()) {
            chiara.open(APP + "/projects/").signInAs("chiara");
            chiara.find(By.id("main-tabs"));
            chiara.open(APP + "/events/room?id=" + DROP_IN);
            assertThat(chiara.find(By.id("room-register-first")).getText()).contains("Register for the event");
            assertThat(chiara.countNow(By.id("room-join"))).as("no way in").isZero();
            Object status = chiara.asyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: 'POST'}).then(function (r) { done(r.status); });",
                    APP + "/events/room-token?id=" + DROP_IN);
            assertThat(String.valueOf(status)).as("her browser asks for a token anyway").isEqualTo("403");
        }
    }

    /**
     * E4 on bob's demo public event: alice starts a thread (an empty title refused beside the
     * field, the text kept) and follows it; bob, its organiser, opens it from the list, replies,
     * removes alice's post with a reason (none refused beside the field), pins and locks it; alice
     * opens it at its address ({@code ?thread=}, where notifications link): the reply, the reason,
     * no reply form; the thread first in the list; a visitor sees the event and no forum.
     */
    @Test
    void aliceStartsAThreadInAnEventForumAndBobModeratesIt() {
        String event = APP + "/events/de000000-0000-4000-8000-000000000001";
        String title = "Partners aged 14 " + People.uniqueWord();
        String threadAddress;
        try (var alice = new Browser()) {
            alice.open(APP + "/projects/").signInAs("alice");
            alice.find(By.id("main-tabs"));
            alice.open(event);
            alice.waitForText(By.id("discussion-heading"), "Forum", WAIT);
            alice.click(By.id("event-forum:start-thread"));
            alice.setValue(By.id("event-forum:thread-body"), "Call me on 600 000 000 to plan it.");
            alice.click(By.id("event-forum:save-thread"));
            alice.waitForText(By.id("event-forum:thread-title-message"), "Give the thread a title", WAIT);
            assertThat(alice.find(By.id("event-forum:thread-title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(alice.find(By.id("event-forum:thread-body")).getAttribute("value")).as("what she typed stays")
                    .contains("600 000 000");
            assertThat(PageChecks.axe(alice)).as("the new thread form with a refusal passes axe").isEmpty();
            alice.setValue(By.id("event-forum:thread-title"), title);
            alice.click(By.id("event-forum:save-thread"));
            alice.waitForText(By.id("discussion-thread-title"), title, WAIT);
            alice.click(By.id("event-forum:unfollow"));
            alice.waitForText(By.id("event-forum:follow"), "Follow", WAIT);
            alice.click(By.id("event-forum:follow"));
            alice.waitForText(By.id("event-forum:unfollow"), "Stop following", WAIT);
            assertThat(PageChecks.axe(alice)).as("the thread just opened passes axe").isEmpty();

            try (var bob = new Browser()) {
                bob.open(APP + "/projects/").signInAs("bob");
                bob.find(By.id("main-tabs"));
                bob.open(event);
                bob.waitForText(By.id("discussion-threads"), title, WAIT);
                bob.click(By.linkText(title));
                bob.waitForText(By.id("discussion-thread-title"), title, WAIT);
                threadAddress = bob.currentUrl();
                assertThat(threadAddress).matches(".*/events/de000000-0000-4000-8000-000000000001\\?thread=[0-9a-f-]{36}");
                bob.setValue(By.id("event-forum:reply-body"), "Welcome: three schools with pupils of 14 come.");
                bob.click(By.id("event-forum:send-reply"));
                bob.waitForText(By.id("discussion-posts"), "three schools", WAIT);
                bob.click(By.xpath("//ol[@id='discussion-posts']/li[1]//button[contains(@id,':remove')]"));
                bob.click(By.id("event-forum:confirm-removal"));
                bob.waitForText(By.id("event-forum:removal-reason-message"), "Say why", WAIT);
                assertThat(PageChecks.axe(bob)).as("the removal with a refusal passes axe").isEmpty();
                bob.setValue(By.id("event-forum:removal-reason"), "Phone numbers stay out of the forum.");
                bob.click(By.id("event-forum:confirm-removal"));
                bob.waitForText(By.id("discussion-posts"), "Removed by a moderator: Phone numbers", WAIT);
                bob.click(By.id("event-forum:pin"));
                bob.waitForText(By.id("discussion-pinned"), "Pinned", WAIT);
                bob.click(By.id("event-forum:lock"));
                bob.waitForText(By.id("discussion-locked"), "Locked", WAIT);
                assertThat(bob.countNow(By.id("event-forum:reply-body"))).as("a locked thread takes no reply").isZero();
                assertThat(PageChecks.axe(bob)).as("the organiser's moderated thread passes axe").isEmpty();
            }

            alice.open(threadAddress);
            alice.waitForText(By.id("discussion-thread-title"), title, WAIT);
            String posts = alice.find(By.id("discussion-posts")).getText();
            assertThat(posts).contains("three schools").contains("Removed by a moderator: Phone numbers")
                    .doesNotContain("600 000 000");
            assertThat(alice.find(By.id("discussion-locked-notice")).getText()).contains("locked");
            assertThat(alice.countNow(By.id("event-forum:reply-body"))).as("no reply form once locked").isZero();
            assertThat(alice.countNow(By.id("event-forum:pin"))).as("only organisers moderate").isZero();
            assertThat(alice.countNow(By.id("event-forum:unfollow"))).as("she still follows it").isEqualTo(1);
            assertThat(PageChecks.axe(alice)).as("the locked thread at its address passes axe").isEmpty();
            alice.viewport(360, 800);
            var narrow = PageChecks.overflow(alice);
            assertThat(narrow.scrollWidth()).as("the thread at 360 px: %s", narrow.widest())
                    .isLessThanOrEqualTo(narrow.innerWidth());
            alice.naturalViewport();
            alice.click(By.id("discussion-back"));
            alice.waitForText(By.id("discussion-threads"), title, WAIT);
            assertThat(alice.find(By.xpath("//table[@id='discussion-threads']/tbody/tr[1]")).getText())
                    .as("a pinned thread comes first").contains(title).contains("Pinned").contains("Locked");
        }
        try (var visitor = new Browser()) {
            visitor.open(threadAddress);
            visitor.waitForText(By.id("event-title"), "Partner search", WAIT);
            assertThat(visitor.countNow(By.id("event-forum:discussion"))).as("visitors read no forum").isZero();
            assertThat(visitor.pageText()).doesNotContain(title);
        }
    }

    /** Types a date and time into a datetime-local field as the browser takes it. */
    private static void setLocal(Browser browser, String id, LocalDateTime value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.find(By.id(id)), value.format(LOCAL));
    }
}
