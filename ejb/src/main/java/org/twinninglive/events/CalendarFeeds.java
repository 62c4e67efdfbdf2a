package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;

/**
 * A person's calendar (E6): the events they organise, take part in, wait for, are invited to, and
 * on the page the public ones they may join, for the range shown; and their private iCalendar
 * feed, whose secret address calendar applications read without a sign-in. The feed holds only
 * the events the person is part of (never anybody else's private event, nor a public one they did
 * not choose); a cancelled one stays, CANCELLED, so that calendar applications strike it.
 */
@Stateless
@PermitAll
public class CalendarFeeds {

    private static final Logger LOG = Logger.getLogger(CalendarFeeds.class.getName());

    /** Events on the calendar page at once, at most (a month of a very busy teacher). */
    public static final int MOST_SHOWN = 500;
    /** The longest range the page asks for at once (the list of a year). */
    static final Duration LONGEST_RANGE = Duration.ofDays(400);
    /** The feed: events from half a year back to two years ahead, at most this many. */
    static final int MOST_IN_FEED = 1000;
    static final Duration FEED_PAST = Duration.ofDays(183);
    static final Duration FEED_AHEAD = Duration.ofDays(731);

    /** The feed's address, to copy into a calendar application. */
    public record FeedAddress(String url) implements java.io.Serializable {
    }

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    EventRepository events;

    @Inject
    EventCalendar calendars;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "twinning.calendar-secret")
    java.util.Optional<String> calendarSecret;

    @Inject
    @ConfigProperty(name = "twinning.web-secret", defaultValue = "twinning-web-secret")
    String webSecret;

    /**
     * The caller's events from one instant to another (the range a calendar shows), with their
     * part in each, in one query; cancelled ones they were part of stay (marked by their status),
     * cancelled public ones they were not part of are left out.
     */
    public List<CalendarEntry> calendar(SignedInIdentity identity, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new InvalidInputException("to", "The range runs from a start to a later end, at most 400 days.")
                    .shownAs("event.calendar.range");
        }
        var me = callers.of(identity);
        var entries = new ArrayList<CalendarEntry>();
        for (Object[] row : events.calendar(me.id(), from, to, true, MOST_SHOWN)) {
            var event = (Event) row[0];
            entries.add(new CalendarEntry(event.id(), event.title(), event.startsAt(), event.endsAt(), event.status(),
                    event.visibility(), part(row)));
        }
        return entries;
    }

    /** The address of the caller's feed, made on first asking. */
    public FeedAddress address(SignedInIdentity identity) {
        var me = callers.of(identity);
        var feed = events.feedOf(me.id()).orElseGet(() -> {
            var made = new CalendarFeed(me.id(), clock.instant(), nonce -> secret(me.id(), nonce));
            events.add(made);
            return made;
        });
        return new FeedAddress(url(feed));
    }

    /** A new address for the caller's feed: the old one answers "not found" from now on. */
    public FeedAddress reset(SignedInIdentity identity) {
        var me = callers.of(identity);
        var feed = events.feedOf(me.id());
        if (feed.isEmpty()) {
            return address(identity);
        }
        feed.get().reset(clock.instant(), nonce -> secret(me.id(), nonce));
        LOG.info(() -> "%s reset the address of their calendar feed".formatted(me.id()));
        return new FeedAddress(url(feed.get()));
    }

    /** The feed of this secret, as iCalendar text; an unknown or reset secret is "not found". */
    public String feed(String secret) {
        var feed = events.feedOfSecret(secret).orElseThrow(() -> new NotFoundException("The calendar"));
        var person = profiles.find(feed.profileId()).filter(p -> !p.erased())
                .orElseThrow(() -> new NotFoundException("The calendar"));
        var now = clock.instant();
        var mine = events.calendar(person.id(), now.minus(FEED_PAST), now.plus(FEED_AHEAD), false, MOST_IN_FEED)
                .stream().map(row -> (Event) row[0]).toList();
        // a repeating event as its .ics has it: its whole series, one query for them all, the dates not theirs excluded
        var singles = mine.stream().filter(e -> e.seriesId().isEmpty()).toList();
        var seriesIds = mine.stream().flatMap(e -> e.seriesId().stream()).collect(java.util.stream.Collectors.toSet());
        var theirs = mine.stream().map(Event::id).collect(java.util.stream.Collectors.toSet());
        var occurrences = events.occurrencesOf(seriesIds);
        var hidden = occurrences.stream().map(Event::id).filter(id -> !theirs.contains(id))
                .collect(java.util.stream.Collectors.toSet());
        var series = new java.util.ArrayList<>(occurrences.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.seriesId().orElseThrow(), java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values());
        return calendars.feed(singles, series, hidden, "Twinning Live: " + person.displayName());
    }

    private static CalendarEntry.Part part(Object[] row) {
        if (row[1] != null) {
            return CalendarEntry.Part.ORGANISER;
        }
        if (row[2] != null) {
            return row[2] == RegistrationStatus.WAITING ? CalendarEntry.Part.WAITING : CalendarEntry.Part.REGISTERED;
        }
        if (row[3] != null && row[3] != InvitationStatus.DECLINED) {
            return CalendarEntry.Part.INVITED;
        }
        return CalendarEntry.Part.OPEN;
    }

    private String url(CalendarFeed feed) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/api/v1/calendar/" + secret(feed.profileId(), feed.nonce()) + ".ics";
    }

    /**
     * The secret of a feed's address: HMAC-SHA256 of the person and the nonce with a key only the
     * servers know ({@code TWINNING_CALENDAR_SECRET}, or derived from the web client's secret, which
     * every node shares), 43 characters of base64url. Changing the key changes every address.
     */
    String secret(String profileId, String nonce) {
        try {
            String key = calendarSecret.filter(s -> !s.isBlank()).orElse("twinning-calendar-feeds\n" + webSecret);
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((profileId + "\n" + nonce).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", unavailable);
        }
    }
}
