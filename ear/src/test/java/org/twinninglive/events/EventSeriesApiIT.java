package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;

/**
 * Repeating events (E1) through the API: a weekly series is events of their own (each with its
 * id and registrations), one occurrence changed or cancelled alone, the whole series changed or
 * cancelled from one on; its iCalendar is one RRULE with an EXDATE for a cancelled occurrence and
 * a RECURRENCE-ID for one changed alone, parsed back with ical4j; wrong repetitions name the field.
 */
@ExtendWith(ArquillianExtension.class)
class EventSeriesApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = API + "/v1/events";

    @Test
    void aWeeklySeriesIsEventsOfTheirOwnWithOneRuleInItsCalendar() throws Exception {
        var organiser = Projects.validatedTeacher("Xenia", "ES");
        var first = start();
        People.assertRefused(organise(organiser.token(), e -> e.put("repeat", "DAILY")
                .put("repeatUntil", first.plusWeeks(3).toLocalDate().toString())), "repeat");
        People.assertRefused(organise(organiser.token(), e -> e.put("repeat", "WEEKLY")), "repeatUntil");
        People.assertRefused(organise(organiser.token(), e -> e.put("repeat", "WEEKLY")
                .put("repeatUntil", first.plusDays(3).toLocalDate().toString())), "repeatUntil");
        People.assertRefused(organise(organiser.token(), e -> e.put("repeat", "WEEKLY")
                .put("repeatUntil", first.plusWeeks(60).toLocalDate().toString())), "repeatUntil");

        var made = organise(organiser.token(), e -> e.put("repeat", "WEEKLY")
                .put("repeatUntil", first.plusWeeks(3).toLocalDate().toString()));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        var series = made.json().get("series");
        assertThat(series.get("frequency").asText()).isEqualTo("WEEKLY");
        List<String> ids = People.ids(series.get("occurrences"));
        assertThat(ids).hasSize(4).first().isEqualTo(made.json().get("id").asText());
        var madrid = ZoneId.of("Europe/Madrid");
        var starts = People.list(series.get("occurrences")).stream()
                .map(o -> Instant.parse(o.get("start").asText()).atZone(madrid)).toList();
        for (int k = 1; k < 4; k++) {
            assertThat(starts.get(k).toLocalTime()).as("the same local hour every week").isEqualTo(starts.get(0).toLocalTime());
            assertThat(ChronoUnit.DAYS.between(starts.get(0).toLocalDate(), starts.get(k).toLocalDate())).isEqualTo(7L * k);
        }
        // each occurrence is an event of its own
        var participant = People.teacher("Yeray", "ES");
        register(participant.token(), ids.get(1));
        assertThat(event(ids.get(1)).get("participants").asLong()).isEqualTo(1);
        assertThat(event(ids.get(2)).get("participants").asLong()).isZero();
        assertThat(event(ids.get(3)).at("/series/occurrences").size()).isEqualTo(4);

        // one changed alone, one cancelled alone
        var third = event(ids.get(2));
        var alone = Http.send("PUT", EVENTS + "/" + ids.get(2), organiser.token(), "application/json",
                body(third, e -> e.put("title", "Week three: guests")).toString());
        assertThat(alone.status()).as(alone.body()).isEqualTo(200);
        assertThat(event(ids.get(3)).get("title").asText()).isNotEqualTo("Week three: guests");
        var cancelledOne = Http.send("DELETE", EVENTS + "/" + ids.get(1), organiser.token(), null, null);
        assertThat(cancelledOne.status()).as(cancelledOne.body()).isEqualTo(200);
        Projects.awaitMail(participant.email(), "An event you registered for is cancelled");
        assertThat(event(ids.get(0)).get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(event(ids.get(3)).get("status").asText()).isEqualTo("SCHEDULED");

        var calendar = calendar(ids.get(0));
        var vevents = calendar.<VEvent>getComponents(Component.VEVENT);
        assertThat(vevents).hasSize(2);
        var master = vevents.stream().filter(v -> v.getProperty(Property.RRULE).isPresent()).findFirst().orElseThrow();
        assertThat(master.getProperty(Property.RRULE).orElseThrow().getValue()).startsWith("FREQ=WEEKLY;UNTIL=");
        assertThat(master.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Madrid");
        assertThat(master.getProperty(Property.EXDATE).orElseThrow().getValue())
                .as("the cancelled second week").contains(starts.get(1).toLocalDate().toString().replace("-", ""));
        var own = vevents.stream().filter(v -> v.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst().orElseThrow();
        assertThat(own.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Week three: guests");
        assertThat(own.getProperty(Property.RECURRENCE_ID).orElseThrow().getValue())
                .startsWith(starts.get(2).toLocalDate().toString().replace("-", ""));
        assertThat(own.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(master.getProperty(Property.UID).orElseThrow().getValue());

        // the whole series an hour later, from the first on: the cancelled one stays cancelled
        var firstEvent = event(ids.get(0));
        var later = Http.send("PUT", EVENTS + "/" + ids.get(0) + "?scope=SERIES", organiser.token(), "application/json",
                body(firstEvent, e -> e.put("title", "Weekly club")
                        .put("start", OffsetDateTime.parse(firstEvent.get("start").asText()).plusHours(1).toString())
                        .put("end", OffsetDateTime.parse(firstEvent.get("end").asText()).plusHours(1).toString()))
                        .toString());
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        for (int k : new int[] {0, 2, 3}) {
            var moved = event(ids.get(k));
            assertThat(moved.get("title").asText()).isEqualTo("Weekly club");
            assertThat(Duration.between(starts.get(k).toInstant(), Instant.parse(moved.get("start").asText())))
                    .isEqualTo(Duration.ofHours(1));
        }
        assertThat(event(ids.get(1)).get("status").asText()).isEqualTo("CANCELLED");
        var again = calendar(ids.get(3)).<VEvent>getComponents(Component.VEVENT);
        assertThat(again).as("every occurrence follows the rule again: no occurrence of its own").hasSize(1);
        People.assertRefused(Http.send("PUT", EVENTS + "/" + ids.get(0) + "?scope=SOME", organiser.token(),
                "application/json", body(firstEvent, e -> { }).toString()), "scope");

        // cancelled from the third on
        var fromThird = Http.send("DELETE", EVENTS + "/" + ids.get(2) + "?scope=SERIES", organiser.token(), null, null);
        assertThat(fromThird.status()).as(fromThird.body()).isEqualTo(200);
        assertThat(event(ids.get(0)).get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(event(ids.get(2)).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(event(ids.get(3)).get("status").asText()).isEqualTo("CANCELLED");
        People.assertProblem(Http.send("DELETE", EVENTS + "/" + ids.get(0) + "?scope=SERIES",
                participant.token(), null, null), 403);
    }

    private static net.fortuna.ical4j.model.Calendar calendar(String id) throws Exception {
        var answer = RawHttp.get(EVENTS + "/" + id + ".ics", null);
        assertThat(answer.status()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(new String(answer.body(), StandardCharsets.UTF_8)));
    }

    /** Tomorrow at 17:00 in Madrid, a whole hour. */
    private static OffsetDateTime start() {
        return OffsetDateTime.now(ZoneId.of("Europe/Madrid")).plusDays(1).withHour(17).truncatedTo(ChronoUnit.HOURS);
    }

    private static Http.Answer organise(String token, Consumer<ObjectNode> change) {
        var event = JSON.createObjectNode().put("title", "Club " + People.uniqueWord())
                .put("description", "<p>Every week.</p>").put("kind", "WORKSHOP").put("format", "ONLINE")
                .put("start", start().toString()).put("end", start().plusHours(1).toString())
                .put("timeZone", "Europe/Madrid").put("language", "es").put("visibility", "PUBLIC");
        change.accept(event);
        return Http.send("POST", EVENTS, token, "application/json", event.toString());
    }

    /** The body of a PUT: the event as it is, then changed. */
    private static ObjectNode body(JsonNode event, Consumer<ObjectNode> change) {
        var body = JSON.createObjectNode().put("title", event.get("title").asText())
                .put("description", event.get("description").asText()).put("kind", event.get("kind").asText())
                .put("format", event.get("format").asText()).put("start", event.get("start").asText())
                .put("end", event.get("end").asText()).put("timeZone", event.get("timeZone").asText())
                .put("language", event.get("language").asText()).put("visibility", event.get("visibility").asText());
        change.accept(body);
        return body;
    }

    private static JsonNode event(String id) {
        var answer = Http.get(EVENTS + "/" + id, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void register(String token, String id) {
        var answer = Http.send("POST", EVENTS + "/" + id + "/registrations", token, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
