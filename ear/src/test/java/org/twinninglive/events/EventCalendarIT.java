package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Mailbox;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;

/**
 * My calendar feed and the reminders (E6) through the API: the feed, read without a token at its
 * secret address, parses back with ical4j and holds the events I organise, take part in and am
 * invited to (a cancelled one CANCELLED), never a stranger's private event nor a public one I did
 * not choose; resetting it makes the old address 404, as an unknown one is. Reminders: an event
 * within the hour gets the hour's reminder alone, once, however many passes of the timer; one a
 * few hours ahead the day's; a cancelled one none.
 */
@ExtendWith(ArquillianExtension.class)
class EventCalendarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = API + "/v1/events";
    private static final String FEED = API + "/v1/me/calendar-feed";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theFeedHoldsMyEventsAloneAndItsOldAddressDiesOnReset() throws Exception {
        var me = Projects.validatedTeacher("Feli", "ES");
        var other = Projects.validatedTeacher("Gael", "FR");
        var stranger = Projects.validatedTeacher("Hana", "ES");
        String organised = id(organise(me.token(), e -> { }));
        String registered = id(organise(other.token(), e -> { }));
        register(me, registered);
        String waiting = id(organise(other.token(), e -> e.put("capacity", 1)));
        register(stranger, waiting);
        assertThat(register(me, waiting).json().get("myRegistration").asText()).isEqualTo("WAITING");
        String invited = id(organise(other.token(), e -> e.put("visibility", "PRIVATE")));
        var invitation = Http.send("POST", EVENTS + "/" + invited + "/invitations", other.token(), "application/json",
                "{\"userIds\": [\"" + me.id() + "\"]}");
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(200);
        String cancelled = id(organise(other.token(), e -> { }));
        register(me, cancelled);
        var cancel = Http.send("DELETE", EVENTS + "/" + cancelled, other.token(), null, null);
        assertThat(cancel.status()).as(cancel.body()).isIn(200, 204);
        String strangersPrivate = id(organise(stranger.token(), e -> e.put("visibility", "PRIVATE")));
        String publicNotMine = id(organise(other.token(), e -> { }));

        People.assertProblem(Http.get(FEED, null), 401);
        var address = Http.get(FEED, me.token());
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        String url = address.json().get("url").asText();
        assertThat(url).matches(".*/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(Http.get(FEED, me.token()).json().get("url").asText()).as("shown again, the same").isEqualTo(url);

        var feed = RawHttp.get(url, null);
        assertThat(feed.status()).as("read without a token").isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.header("Cache-Control")).contains("private").contains("no-store");
        var calendar = new CalendarBuilder().build(new StringReader(new String(feed.body(), StandardCharsets.UTF_8)));
        Map<String, VEvent> events = byUid(calendar);
        assertThat(events).containsKeys(uid(organised), uid(registered), uid(waiting), uid(invited), uid(cancelled))
                .doesNotContainKeys(uid(strangersPrivate), uid(publicNotMine));
        assertThat(status(events.get(uid(cancelled)))).isEqualTo("CANCELLED");
        assertThat(status(events.get(uid(registered)))).isEqualTo("CONFIRMED");
        assertThat(events.get(uid(cancelled)).getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .as("the cancellation bumped it").isEqualTo("1");
        List<String> zones = calendar.getComponents(Component.VTIMEZONE).stream()
                .map(zone -> ((VTimeZone) zone).getProperty(Property.TZID).orElseThrow().getValue()).toList();
        assertThat(zones).as("each zone once").containsExactlyInAnyOrder("Europe/Madrid", "Europe/Paris");
        assertThat(events.get(uid(organised)).getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Madrid");

        var export = Http.get(API + "/v1/people/me/export", me.token());
        assertThat(export.json().get("calendarFeed").toString()).contains("addressMadeAt")
                .doesNotContain(url.substring(url.lastIndexOf('/') + 1, url.length() - 4));

        People.assertProblem(Http.send("POST", FEED + "/reset", null, null, null), 401);
        var reset = Http.send("POST", FEED + "/reset", me.token(), null, null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String newUrl = reset.json().get("url").asText();
        assertThat(newUrl).isNotEqualTo(url);
        var old = RawHttp.get(url, null);
        assertThat(old.status()).as("the old address after a reset").isEqualTo(404);
        assertThat(old.contentType()).startsWith("application/problem+json");
        assertThat(RawHttp.get(newUrl, null).status()).isEqualTo(200);
        assertThat(Http.get(FEED, me.token()).json().get("url").asText()).isEqualTo(newUrl);
        for (String unknown : new String[]{"A".repeat(43), "nonsense"}) {
            var answer = RawHttp.get(API + "/v1/calendar/" + unknown + ".ics", null);
            assertThat(answer.status()).as(unknown).isEqualTo(404);
        }
        assertThat(RawHttp.get(API + "/v1/calendar/" + "B".repeat(43) + ".ics", null).contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void remindersComeOnceAnHourOrADayBeforeAndNeverForACancelledEvent() {
        var organiser = Projects.validatedTeacher("Iker", "ES");
        var participant = Projects.validatedTeacher("Julia", "ES");
        // made days ahead and moved within the window once the participant is in: no pass reminds a half-made event
        String soon = id(organise(organiser.token(), e -> { }));
        register(participant, soon);
        String later = id(organise(organiser.token(), e -> { }));
        register(participant, later);
        move(organiser, soon, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(30));

        People.eventually("the hour's reminder of the event 30 minutes ahead", PATIENCE,
                () -> reminders(participant, soon, "event-reminder-hour") == 1);
        // just after a pass (every 2 s in the tests): made and cancelled before the next one looks
        String cancelled = id(organise(organiser.token(), e -> e.put("start", OffsetDateTime.now(ZoneOffset.UTC)
                .plusMinutes(40).toString()).put("end", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(100).toString())));
        register(participant, cancelled);
        var cancel = Http.send("DELETE", EVENTS + "/" + cancelled, organiser.token(), null, null);
        assertThat(cancel.status()).as(cancel.body()).isIn(200, 204);
        move(organiser, later, OffsetDateTime.now(ZoneOffset.UTC).plusHours(5));
        People.eventually("the day's reminder of the event 5 hours ahead", PATIENCE,
                () -> reminders(participant, later, "event-reminder-day") == 1);
        Mailbox.await(participant.email(), 1, PATIENCE);
        People.eventually("the reminders' mails", PATIENCE, () -> mails(participant, "event-reminder-day") >= 1
                && mails(participant, "event-reminder-hour") >= 1);

        // passes went by since the first reminder (the later event's came from one): still one each
        assertThat(reminders(participant, soon, "event-reminder-hour")).isEqualTo(1);
        assertThat(reminders(participant, soon, "event-reminder-day")).as("within the hour: the hour's alone").isZero();
        assertThat(reminders(participant, later, "event-reminder-day")).isEqualTo(1);
        assertThat(reminders(participant, later, "event-reminder-hour")).isZero();
        assertThat(reminders(participant, cancelled, "event-reminder-hour")
                + reminders(participant, cancelled, "event-reminder-day")).as("a cancelled event reminds no one").isZero();
        assertThat(reminders(organiser, soon, "event-reminder-hour")).as("its organiser too").isEqualTo(1);
        assertThat(reminders(organiser, cancelled, "event-reminder-hour")).isZero();
        assertThat(mails(participant, "event-reminder-hour")).as("one mail for the hour's reminder").isEqualTo(1);
        var mail = Mailbox.to(participant.email()).stream().filter(m -> "event-reminder-hour".equals(m.kind()))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("An event of yours starts within the hour");
        assertThat(mail.body()).contains("/events/" + soon);
    }

    private static long reminders(People.Person person, String eventId, String kind) {
        var answer = Http.get(API + "/v1/notifications?size=100", person.token());
        return People.list(answer.json().get("items")).stream().filter(n -> n.get("kind").asText().equals(kind)
                && n.get("link").asText().equals("/events/" + eventId)).count();
    }

    private static long mails(People.Person person, String kind) {
        return Mailbox.to(person.email()).stream().filter(mail -> kind.equals(mail.kind())).count();
    }

    private static void move(People.Person organiser, String eventId, OffsetDateTime start) {
        var event = Http.get(EVENTS + "/" + eventId, organiser.token()).json();
        var moved = body(e -> e.put("title", event.get("title").asText()).put("start", start.toString())
                .put("end", start.plusHours(1).toString()));
        var changed = Http.send("PUT", EVENTS + "/" + eventId, organiser.token(), "application/json", moved.toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static Http.Answer register(People.Person person, String eventId) {
        var answer = Http.send("POST", EVENTS + "/" + eventId + "/registrations", person.token(), null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        var events = new HashMap<String, VEvent>();
        for (var component : calendar.getComponents(Component.VEVENT)) {
            var event = (VEvent) component;
            events.put(event.getProperty(Property.UID).orElseThrow().getValue(), event);
        }
        return events;
    }

    private static String status(VEvent event) {
        return event.getProperty(Property.STATUS).orElseThrow().getValue();
    }

    private static String uid(String eventId) {
        return eventId + "@twinning-live";
    }

    private static String id(Http.Answer made) {
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asText();
    }

    private static OffsetDateTime in(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(days).truncatedTo(ChronoUnit.HOURS);
    }

    private static ObjectNode body(Consumer<ObjectNode> change) {
        var event = JSON.createObjectNode().put("title", "Calendar " + People.uniqueWord())
                .put("description", "<p>Welcome.</p>").put("kind", "WORKSHOP").put("format", "ONLINE")
                .put("start", in(3).toString()).put("end", in(3).plusHours(1).toString()).put("language", "en")
                .put("visibility", "PUBLIC");
        change.accept(event);
        return event;
    }

    private static Http.Answer organise(String token, Consumer<ObjectNode> change) {
        return Http.send("POST", EVENTS, token, "application/json", body(change).toString());
    }
}
