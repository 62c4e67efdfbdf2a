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
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
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

    /**
     * A person's feed with repeating events (E6): the single events as {@link #feed}, and each
     * series as its .ics writes it ({@link #series}: the same UID, one RRULE), the occurrences the
     * person takes no part in excluded ({@code hidden}), so that a calendar holding both the
     * event's .ics and the feed shows each date once.
     */
    public String feed(List<Event> singles, List<List<Event>> series, Set<String> hidden, String name) {
        var stamp = clock.instant();
        var zones = new ArrayList<ZoneId>();
        var vevents = new ArrayList<VEvent>();
        for (var event : singles) {
            var zone = ZoneId.of(event.timeZone());
            zones.add(zone);
            vevents.add(vevent(event, zone, stamp, event.startsAt().atZone(zone), event.endsAt().atZone(zone)));
        }
        for (var occurrences : series) {
            zones.add(ZoneId.of(occurrences.get(0).timeZone()));
            vevents.addAll(seriesEvents(occurrences, hidden));
        }
        return output(zones, vevents, name, "a feed");
    }

    /**
     * A repeating event's iCalendar: the series as one VEVENT with its RRULE (weekly or monthly
     * until its last day), an EXDATE for each cancelled occurrence, and a VEVENT of its own
     * (RECURRENCE-ID: where the rule put it) for each occurrence changed apart from the series or
     * moved from where the rule put it. All of them share the series' UID; SEQUENCE is the
     * highest of its occurrences'. A series whose every occurrence is cancelled is CANCELLED. The
     * occurrences in {@code hidden} (a private one the reader may not know) are excluded as if
     * cancelled, and nothing of them is written.
     */
    public String series(List<Event> occurrences, Set<String> hidden) {
        return output(List.of(ZoneId.of(occurrences.get(0).timeZone())), seriesEvents(occurrences, hidden), null,
                "the series " + occurrences.get(0).seriesId().orElseThrow());
    }

    private List<VEvent> seriesEvents(List<Event> occurrences, Set<String> hidden) {
        var first = occurrences.get(0);
        var zone = ZoneId.of(first.timeZone());
        var repetition = first.repetition().orElseThrow();
        // the rule's own times come from an occurrence that follows the series, the first if none does
        var template = occurrences.stream().filter(o -> !hidden.contains(o.id()) && !o.seriesChanged()
                && o.status() == EventStatus.SCHEDULED).findFirst()
                .orElse(occurrences.stream().filter(o -> !hidden.contains(o.id())).findFirst().orElse(first));
        var length = java.time.Duration.between(template.startsAt(), template.endsAt());
        var origin = back(repetition, template.startsAt().atZone(zone), template.seriesIndex());
        var stamp = clock.instant();
        String uid = "series-" + first.seriesId().orElseThrow() + "@twinning-live";
        boolean allCancelled = occurrences.stream()
                .allMatch(o -> o.status() == EventStatus.CANCELLED || hidden.contains(o.id()));

        var master = vevent(template, zone, stamp, origin, origin.plus(length));
        replace(master, new Uid(uid));
        replace(master, new Sequence(occurrences.stream().mapToInt(Event::sequence).max().orElse(0)));
        replace(master, new Status(allCancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        replace(master, new Url(java.net.URI.create(base() + "/events/" + first.id())));
        // UNTIL: the end of the last day in the event's zone, in UTC (RFC 5545 for a DTSTART with a TZID)
        var until = repetition.until().atTime(23, 59, 59).atZone(zone).withZoneSameInstant(ZoneId.of("UTC"));
        master.add(new RRule<>(new Recur<>("FREQ=" + repetition.frequency() + ";UNTIL="
                + until.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")))));
        var zoneParameter = new ParameterList(List.of(new TzId(zone.getId())));
        var excluded = new ArrayList<java.time.ZonedDateTime>();
        var own = new ArrayList<VEvent>();
        for (var occurrence : occurrences) {
            var planned = repetition.nth(origin, occurrence.seriesIndex());
            if (hidden.contains(occurrence.id())) {
                excluded.add(planned);
            } else if (occurrence.status() == EventStatus.CANCELLED) {
                if (!allCancelled) {
                    excluded.add(planned);
                }
            } else if (occurrence.seriesChanged() || !occurrence.startsAt().equals(planned.toInstant())
                    || !occurrence.endsAt().equals(planned.plus(length).toInstant())) {
                var alone = vevent(occurrence, zone, stamp, occurrence.startsAt().atZone(zone),
                        occurrence.endsAt().atZone(zone));
                replace(alone, new Uid(uid));
                alone.add(new RecurrenceId<>(zoneParameter, planned));
                own.add(alone);
            }
        }
        if (!excluded.isEmpty()) {
            master.add(new ExDate<>(zoneParameter, new DateList<>(excluded)));
        }
        var all = new ArrayList<VEvent>();
        all.add(master);
        all.addAll(own);
        return all;
    }

    /** Where the rule put the first occurrence, from where it put the {@code index}-th. */
    private static java.time.ZonedDateTime back(EventRepetition repetition, java.time.ZonedDateTime start, int index) {
        return repetition.frequency() == EventRepetition.Frequency.WEEKLY ? start.minusWeeks(index)
                : start.minusMonths(index);
    }

    private static void replace(VEvent vevent, net.fortuna.ical4j.model.Property property) {
        vevent.replace(property);
    }

    private String write(List<Event> events, String name) {
        var stamp = clock.instant();
        var zones = new ArrayList<ZoneId>();
        var vevents = new ArrayList<VEvent>();
        for (var event : events) {
            var zone = ZoneId.of(event.timeZone());
            zones.add(zone);
            vevents.add(vevent(event, zone, stamp, event.startsAt().atZone(zone), event.endsAt().atZone(zone)));
        }
        return output(zones, vevents, name, "events " + events.stream().map(Event::id).toList());
    }

    /** One VCALENDAR: the VTIMEZONE of each zone once, then the VEVENTs; {@code name} names a feed. */
    private String output(List<ZoneId> zoneIds, List<VEvent> vevents, String name, String what) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        Set<String> zonesAdded = new HashSet<>();
        for (var zone : zoneIds) {
            if (zonesAdded.add(zone.getId())) {
                var timeZone = registry().getTimeZone(zone.getId());
                if (timeZone != null) {
                    calendar.add(timeZone.getVTimeZone());
                }
            }
        }
        vevents.forEach(calendar::add);
        var text = new StringWriter();
        try {
            // RFC 5545 wants a component: a feed with no event yet is written unchecked (still parsed by calendars)
            new CalendarOutputter(!vevents.isEmpty()).output(calendar, text);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (ValidationException invalid) {
            throw new IllegalStateException("The calendar of " + what + " is not valid iCalendar", invalid);
        }
        return text.toString();
    }

    private VEvent vevent(Event event, ZoneId zone, java.time.Instant stamp, java.time.ZonedDateTime start,
                          java.time.ZonedDateTime end) {
        var vevent = new VEvent(start, end, event.title());
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
