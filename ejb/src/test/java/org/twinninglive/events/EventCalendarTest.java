package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;

/** A person's feed (E6): many VEVENTs in one VCALENDAR, each zone's VTIMEZONE once; an empty feed still parses. */
class EventCalendarTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static EventCalendar calendar() {
        var calendar = new EventCalendar();
        calendar.publicUrl = "http://localhost:8080/";
        calendar.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return calendar;
    }

    private static Event event(String title, String zone) {
        return Event.organise("b0000000-0000-4000-8000-000000000001", EventDetails.of(title, "<p>Hi</p>", "WORKSHOP",
                "ONLINE", null, "2026-12-10T10:00:00+01:00", "2026-12-10T11:00:00+01:00", zone, "en", "PUBLIC", null,
                null), ZoneId.of("Europe/Madrid"), NOW);
    }

    @Test
    void aFeedHoldsEveryEventAndEachZoneOnce() throws Exception {
        var cancelled = event("Three", "Europe/Madrid");
        cancelled.cancel(NOW);
        String text = calendar().feed(List.of(event("One", "Europe/Madrid"), event("Two", "Europe/Paris"), cancelled),
                "Twinning Live: Alice");
        var parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.getComponents(Component.VEVENT)).hasSize(3);
        assertThat(parsed.getComponents(Component.VTIMEZONE)).hasSize(2);
        assertThat(text).contains("X-WR-CALNAME:Twinning Live: Alice").contains("STATUS:CANCELLED")
                .contains("DTSTART;TZID=Europe/Paris:20261210T100000");
    }

    @Test
    void anEmptyFeedStillParses() throws Exception {
        String text = calendar().feed(List.of(), "Twinning Live: Bob");
        var parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.getComponents(Component.VEVENT)).isEmpty();
        assertThat(text).contains("BEGIN:VCALENDAR").contains("END:VCALENDAR");
    }
}
