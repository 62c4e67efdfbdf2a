package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The iCalendar of an event, and a person's feed of many (E6), made with ical4j: per event one
 * VEVENT in the zone it was organised in, with that zone's VTIMEZONE, a UID that never changes, the SEQUENCE its changes bumped, STATUS
 * CANCELLED once cancelled, its place (or "Online") and its page's address, so that calendar
 * applications (Google Calendar, Outlook, Thunderbird) update the copy they hold.
 */
@ApplicationScoped
public class EventCalendar {

    private static final String PRODUCT = "-//Twinning Live//Events//EN";

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    Clock clock;

    private volatile TimeZoneRegistry zones;

    /** The event's .ics text. */
    public String ics(Event event) {
        return write(List.of(event), null);
    }

    /**
     * A person's feed (E6): one VCALENDAR named for them, with a VEVENT for each event (cancelled
     * ones CANCELLED) and the VTIMEZONE of each zone they were organised in, once.
     */
    public String feed(List<Event> events, String name) {
        return write(events, name);
    }

    private String write(List<Event> events, String name) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        var stamp = clock.instant();
        Set<String> zonesAdded = new HashSet<>();
        var vevents = new ArrayList<VEvent>();
        for (var event : events) {
            var zone = ZoneId.of(event.timeZone());
            if (zonesAdded.add(zone.getId())) {
                var timeZone = registry().getTimeZone(zone.getId());
                if (timeZone != null) {
                    calendar.add(timeZone.getVTimeZone());
                }
            }
            vevents.add(vevent(event, zone, stamp));
        }
        vevents.forEach(calendar::add);
        var text = new StringWriter();
        try {
            // RFC 5545 wants a component: a feed with no event yet is written unchecked (still parsed by calendars)
            new CalendarOutputter(!events.isEmpty()).output(calendar, text);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (ValidationException invalid) {
            throw new IllegalStateException("The calendar of events " + events.stream().map(Event::id).toList()
                    + " is not valid iCalendar", invalid);
        }
        return text.toString();
    }

    private VEvent vevent(Event event, ZoneId zone, java.time.Instant stamp) {
        var vevent = new VEvent(event.startsAt().atZone(zone), event.endsAt().atZone(zone), event.title());
        vevent.add(new Uid(event.id() + "@twinning-live"));
        vevent.add(new DtStamp(stamp));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Status(event.status() == EventStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        vevent.add(new Description(org.twinninglive.media.RichText.of(event.descriptionHtml()).text()));
        vevent.add(new Location(event.format() == EventFormat.ONLINE ? "Online" : event.place()));
        vevent.add(new Url(java.net.URI.create(base() + "/events/" + event.id())));
        return vevent;
    }

    private TimeZoneRegistry registry() {
        if (zones == null) {
            zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        }
        return zones;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
