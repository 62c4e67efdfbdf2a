package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.ValidationStatus;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;

/**
 * Events (E1, E2, E7): a validated teacher organises one; its organisers change, cancel (the
 * registered are told) and invite; whoever may see it registers (a private one: the invited),
 * joins the waiting list of a full one, leaves it (the first waiting takes the seat), declines an
 * invitation. Who may know an event is {@link EventAccess}'s; its rules are {@link
 * org.twinninglive.events.Event}'s.
 */
@Stateless
@PermitAll
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class.getName());

    /** People invited at once, at most. */
    public static final int MOST_INVITED = 100;

    /** What a viewer may do with an event, in {@link EventView#actions()}. */
    public enum Action { EDIT, CANCEL, INVITE, REGISTER, UNREGISTER, DECLINE }

    @Inject
    Viewers viewers;

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    RelatedPeople people;

    @Inject
    EventRepository events;

    @Inject
    org.twinninglive.people.ProfileVisibility profileVisibility;

    @Inject
    EventAccess access;

    @Inject
    Event<EventOrganised> organised;

    @Inject
    Event<EventCancelled> cancelled;

    @Inject
    Event<EventInvitationSent> invitationSent;

    @Inject
    Event<SeatOffered> seatOffered;

    @Inject
    EventCalendar calendars;

    @Inject
    EventReminderSteps reminders;

    @Inject
    Clock clock;

    /** Which occurrences a change or a cancellation of a repeating event reaches. */
    public enum Scope {
        /** This occurrence alone (the default). */
        OCCURRENCE,
        /** Every occurrence of its series that has not started yet. */
        SERIES;

        /** The scope a client named ({@code scope=SERIES}), this occurrence alone by default. */
        public static Scope of(String value) {
            var scope = EventDetails.constant(Scope.class, "scope", value, "event.scope");
            return scope == null ? OCCURRENCE : scope;
        }
    }

    /** A validated teacher organises an event; it counts for them (event-organised). */
    public EventView organise(SignedInIdentity identity, EventDetails details) {
        return organise(identity, details, null);
    }

    /**
     * A validated teacher organises an event, or a series of them ({@code repetition}: weekly or
     * monthly until a day, at most 52): each occurrence is an event of its own, with its id,
     * registrations, room, forum and archive; the answer is the first. Organising counts once.
     */
    public EventView organise(SignedInIdentity identity, EventDetails details, EventRepetition repetition) {
        var me = validated(identity);
        var now = clock.instant();
        var event = org.twinninglive.events.Event.organise(me.id(), details, me.timeZone(), now);
        events.add(event);
        if (repetition != null) {
            var zone = ZoneId.of(event.timeZone());
            var length = java.time.Duration.between(event.startsAt(), event.endsAt());
            var starts = repetition.starts(event.startsAt().atZone(zone));
            event.joinSeries(event.id(), repetition, 0);
            for (int k = 1; k < starts.size(); k++) {
                var start = starts.get(k);
                var occurrence = org.twinninglive.events.Event.organise(me.id(),
                        details.at(start.toOffsetDateTime(), start.plus(length).toOffsetDateTime()), me.timeZone(), now);
                occurrence.joinSeries(event.id(), repetition, k);
                events.add(occurrence);
            }
        }
        organised.fire(new EventOrganised(event.id(), me.id(), event.title(),
                event.visibility() == EventVisibility.PUBLIC));
        LOG.info(() -> "%s organised event %s (%s, %s%s)".formatted(me.id(), event.id(), event.visibility(),
                event.format(), repetition == null ? "" : ", " + repetition.frequency() + " until " + repetition.until()));
        return view(viewers.of(identity), event);
    }

    /** An event as the viewer may see it; one they may not know of is "not found". */
    public EventView event(Optional<SignedInIdentity> identity, String eventId) {
        var viewer = viewers.of(identity);
        return view(viewer, access.visible(viewer, events.find(eventId)));
    }

    /** An event's iCalendar (E6), for whoever may see it; a private one is "not found" to anyone else. */
    public String calendar(Optional<SignedInIdentity> identity, String eventId) {
        var viewer = viewers.of(identity);
        var event = access.visible(viewer, events.find(eventId));
        if (event.seriesId().isPresent()) {
            // the series as one RRULE; the occurrences this viewer may not know are not in it (absent, not excluded)
            var occurrences = events.occurrences(event.seriesId().get());
            return calendars.series(occurrences, occurrences.stream().filter(o -> !access.canSee(viewer, o))
                    .map(org.twinninglive.events.Event::id).collect(java.util.stream.Collectors.toSet()));
        }
        return calendars.ics(event);
    }

    /** Its organisers change its details, checked as when organised. */
    public EventView change(SignedInIdentity identity, String eventId, EventDetails details) {
        return change(identity, eventId, details, Scope.OCCURRENCE);
    }

    /**
     * Its organisers change its details, checked as when organised. A repeating event's whole
     * series ({@code SERIES}): every occurrence not started yet takes the details, on its own day
     * moved as this one's day moved, at the new local time; else this occurrence alone changes.
     */
    public EventView change(SignedInIdentity identity, String eventId, EventDetails details, Scope scope) {
        var viewer = viewers.of(identity);
        var event = organised(viewer, eventId);
        var me = callers.of(identity);
        if (scope == Scope.SERIES && event.seriesId().isPresent()) {
            if (details == null || details.start() == null || details.end() == null) {
                changeOne(event, details, me.timeZone()); // refused as a single change is, naming the field
            }
            event.requireScheduled();
            var zone = details.timeZone() == null || details.timeZone().isBlank() ? ZoneId.of(event.timeZone())
                    : ZoneId.of(details.timeZone().strip());
            var newStart = details.start().atZoneSameInstant(zone);
            var length = java.time.Duration.between(details.start(), details.end());
            long daysMoved = java.time.temporal.ChronoUnit.DAYS.between(event.startsAt().atZone(zone).toLocalDate(),
                    newStart.toLocalDate());
            var now = clock.instant();
            for (var occurrence : events.series(event.seriesId().get())) {
                if (occurrence.seriesIndex() < event.seriesIndex() || occurrence.status() != EventStatus.SCHEDULED
                        || !occurrence.startsAt().isAfter(now)) {
                    continue; // earlier, cancelled, or under way or over: stays as it was
                }
                var day = occurrence.startsAt().atZone(zone).toLocalDate().plusDays(daysMoved);
                var start = java.time.ZonedDateTime.of(day, newStart.toLocalTime(), zone);
                changeOne(occurrence, details.at(start.toOffsetDateTime(), start.plus(length).toOffsetDateTime()),
                        me.timeZone());
                occurrence.followsSeries();
            }
            return view(viewer, event);
        }
        changeOne(event, details, me.timeZone());
        event.changedAlone();
        return view(viewer, event);
    }

    private void changeOne(org.twinninglive.events.Event event, EventDetails details, ZoneId organiserZone) {
        var startBefore = event.startsAt();
        // more seats go to those waiting, first come first served, who are told
        event.change(details, organiserZone, clock.instant())
                .forEach(next -> seatOffered.fire(new SeatOffered(event.id(), next, event.title())));
        if (!event.startsAt().equals(startBefore)) {
            reminders.startMoved(event.id());
        }
    }

    /** Its organisers cancel it: it takes no one; the registered and waiting are told, by mail too. */
    public EventView cancel(SignedInIdentity identity, String eventId) {
        return cancel(identity, eventId, Scope.OCCURRENCE);
    }

    /**
     * Its organisers cancel it, or ({@code SERIES}) it and every later occurrence of its series
     * still scheduled: each takes no one, and the people of each are told.
     */
    public EventView cancel(SignedInIdentity identity, String eventId, Scope scope) {
        var viewer = viewers.of(identity);
        var event = organised(viewer, eventId);
        var me = callers.of(identity);
        var reached = new ArrayList<org.twinninglive.events.Event>();
        if (scope == Scope.SERIES && event.seriesId().isPresent()) {
            for (var occurrence : events.series(event.seriesId().get())) {
                if (occurrence.seriesIndex() >= event.seriesIndex() && occurrence.status() == EventStatus.SCHEDULED) {
                    reached.add(occurrence);
                }
            }
            if (!reached.contains(event)) {
                reached.add(0, event); // cancelled already: refused below as a single cancellation is
            }
        } else {
            reached.add(event);
        }
        var now = clock.instant();
        // each person told once, of the occurrence cancelled here, however many later ones they were in
        var told = new java.util.LinkedHashSet<String>();
        for (var occurrence : reached) {
            told.addAll(occurrence.cancel(now));
        }
        cancelled.fire(new EventCancelled(event.id(), me.id(), event.title(), List.copyOf(told)));
        LOG.info(() -> "%s cancelled event %s and %d later occurrences (%d told)".formatted(me.id(), event.id(),
                reached.size() - 1, told.size()));
        return view(viewer, event);
    }

    /**
     * The caller registers: a seat, or the waiting list of a full event; again changes nothing. A
     * private event takes those invited; an organiser organises and does not register.
     */
    public EventView register(SignedInIdentity identity, String eventId) {
        var viewer = viewers.of(identity);
        var event = access.visible(viewer, events.forUpdate(eventId));
        var me = callers.of(identity);
        if (event.isOrganiser(me.id())) {
            throw new org.twinninglive.platform.ConflictException("You organise this event.", "organiser")
                    .shownAs("event.organiser");
        }
        event.register(me.id(), clock.instant());
        return view(viewer, event);
    }

    /** The caller leaves the event (or its waiting list): the first waiting takes the seat, and is told. */
    public EventView unregister(SignedInIdentity identity, String eventId) {
        var viewer = viewers.of(identity);
        var event = access.visible(viewer, events.forUpdate(eventId));
        var me = callers.of(identity);
        event.unregister(me.id(), clock.instant())
                .ifPresent(next -> seatOffered.fire(new SeatOffered(event.id(), next, event.title())));
        return view(viewer, event);
    }

    /** An invited person declines; they may register later while the event still takes people. */
    public EventView decline(SignedInIdentity identity, String eventId) {
        var viewer = viewers.of(identity);
        var event = access.visible(viewer, events.forUpdate(eventId));
        var me = callers.of(identity);
        event.decline(me.id(), clock.instant())
                .ifPresent(next -> seatOffered.fire(new SeatOffered(event.id(), next, event.title())));
        return view(viewer, event);
    }

    /**
     * Its organisers invite validated people by their profile ids (at most {@link #MOST_INVITED} at
     * once): each newly invited is told. Refused, nobody invited, when one id is nobody's (400
     * userIds).
     */
    public EventView invite(SignedInIdentity identity, String eventId, List<String> userIds) {
        var viewer = viewers.of(identity);
        var event = organised(viewer, eventId);
        var ids = new LinkedHashSet<String>();
        (userIds == null ? List.<String>of() : userIds).stream().filter(java.util.Objects::nonNull)
                .map(String::strip).forEach(ids::add);
        if (ids.isEmpty() || ids.size() > MOST_INVITED) {
            throw new InvalidInputException("userIds", "Give 1 to " + MOST_INVITED + " people to invite.")
                    .shownAs("event.invite.count", MOST_INVITED);
        }
        var found = profiles.findAll(ids);
        var unknown = new TreeSet<String>();
        for (String id : ids) {
            var profile = found.get(id);
            if (profile == null || profile.erased() || profile.validationStatus() != ValidationStatus.VALIDATED) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("userIds", "Nobody can be invited as " + String.join(", ", unknown) + ".")
                    .shownAs("event.invite.unknown");
        }
        var me = callers.of(identity);
        // a repeating event's people are invited to every occurrence ahead, as they would expect
        for (var occurrence : thisAndAhead(event)) {
            var invited = occurrence.invite(ids, me.id(), clock.instant());
            if (!invited.isEmpty() && occurrence == event) { // told once, of the occurrence they were invited to
                invitationSent.fire(new EventInvitationSent(occurrence.id(), me.id(), occurrence.title(), invited));
            }
        }
        return view(viewer, event);
    }

    /** Its organisers add a validated teacher as a co-organiser. */
    public EventView addOrganiser(SignedInIdentity identity, String eventId, String profileId) {
        var viewer = viewers.of(identity);
        var event = organised(viewer, eventId);
        var profile = profiles.find(profileId).filter(p -> !p.erased()
                && p.validationStatus() == ValidationStatus.VALIDATED).orElseThrow(() ->
                new InvalidInputException("userId", "Nobody can organise as " + profileId + ".")
                        .shownAs("event.invite.unknown"));
        for (var occurrence : thisAndAhead(event)) {
            occurrence.addOrganiser(profile.id(), clock.instant())
                    .ifPresent(next -> seatOffered.fire(new SeatOffered(occurrence.id(), next, occurrence.title())));
        }
        return view(viewer, event);
    }

    /** The event, and when it repeats, the later occurrences of its series still to come (their rows locked). */
    private List<org.twinninglive.events.Event> thisAndAhead(org.twinninglive.events.Event event) {
        if (event.seriesId().isEmpty()) {
            return List.of(event);
        }
        var now = clock.instant();
        var reached = new ArrayList<org.twinninglive.events.Event>();
        reached.add(event);
        for (var occurrence : events.series(event.seriesId().get())) {
            if (occurrence != event && occurrence.seriesIndex() > event.seriesIndex()
                    && occurrence.status() == EventStatus.SCHEDULED && occurrence.endsAt().isAfter(now)) {
                reached.add(occurrence);
            }
        }
        return reached;
    }

    private org.twinninglive.events.Event organised(Viewer viewer, String eventId) {
        // an occurrence of a series: its whole series locked first, in the rule's order, as every change of
        // several occurrences locks them, so that two organisers' changes never wait for each other in a circle
        var seriesId = events.find(eventId).flatMap(org.twinninglive.events.Event::seriesId);
        seriesId.ifPresent(events::series);
        var event = access.visible(viewer, events.forUpdate(eventId));
        if (!access.organises(viewer, event)) {
            throw new ForbiddenException("Only its organisers change an event.").shownAs("event.notOrganiser");
        }
        return event;
    }

    private Profile validated(SignedInIdentity identity) {
        var me = callers.of(identity);
        if (me.validationStatus() != ValidationStatus.VALIDATED) {
            throw new ForbiddenException("Your account is not validated yet: your National Support Service reviews it"
                    + " first.").shownAs("event.notValidated");
        }
        return me;
    }

    EventView view(Viewer viewer, org.twinninglive.events.Event event) {
        var organiserIds = event.organiserIds();
        var names = people.names(organiserIds);
        var organisers = new ArrayList<EventView.Organiser>();
        organiserIds.forEach(id -> organisers.add(new EventView.Organiser(id, names.get(id))));
        var me = viewer.profileId();
        var registration = me.flatMap(event::registrationOf).map(EventRegistration::status).orElse(null);
        var invitation = me.flatMap(event::invitationOf).map(EventInvitation::status).orElse(null);
        Set<String> actions = new TreeSet<>();
        boolean scheduled = event.status() == EventStatus.SCHEDULED;
        boolean ahead = event.endsAt().isAfter(clock.instant());
        if (me.isPresent() && viewer.isPerson()) {
            if (access.organises(viewer, event)) {
                if (scheduled) {
                    actions.addAll(List.of(Action.EDIT.name(), Action.CANCEL.name(), Action.INVITE.name()));
                }
            } else if (registration != null) {
                actions.add(Action.UNREGISTER.name());
            } else if (scheduled && ahead) {
                actions.add(Action.REGISTER.name());
            }
            if (invitation != null && invitation != InvitationStatus.DECLINED) {
                actions.add(Action.DECLINE.name());
            }
        }
        Long seatsLeft = event.seats().map(seats -> Math.max(0L, seats - event.participants())).orElse(null);
        return new EventView(event.id(), event.title(), event.descriptionHtml(), event.kind(), event.format(),
                event.place(), event.startsAt(), event.endsAt(), event.timeZone(), event.language(), event.visibility(),
                event.capacity(), event.waitingList(), event.status(), List.copyOf(organisers), event.participants(),
                event.waiting(), seatsLeft, registration, invitation, actions, series(viewer, event));
    }

    private EventView.Series series(Viewer viewer, org.twinninglive.events.Event event) {
        if (event.seriesId().isEmpty()) {
            return null;
        }
        var repetition = event.repetition().orElseThrow();
        var occurrences = events.occurrences(event.seriesId().get()).stream().filter(o -> access.canSee(viewer, o))
                .map(o -> new EventView.Occurrence(o.id(), o.startsAt(), o.status())).toList();
        return new EventView.Series(event.seriesId().get(), repetition.frequency(), repetition.until(), occurrences);
    }

    /**
     * The Events tab of a profile (E1): the public events the person organises, for whoever may
     * open their profile; to the person themselves also the public events they take part in.
     * "Not found" for a profile the viewer may not open.
     */
    public org.twinninglive.platform.Page<EventSummary> ofPerson(Optional<SignedInIdentity> identity, String profileId,
                                                                 org.twinninglive.platform.PageRequest page) {
        if (!profileVisibility.canOpen(identity, profileId)) {
            throw new NotFoundException("The profile");
        }
        boolean self = viewers.of(identity).profileId().filter(profileId::equals).isPresent();
        return org.twinninglive.platform.Page.of(events.onProfile(profileId, self, page.offset(), page.size()).stream()
                .map(EventService::summary).toList(), page, events.countOnProfile(profileId, self));
    }

    static EventSummary summary(org.twinninglive.events.Event event) {
        return new EventSummary(event.id(), event.title(), event.kind(), event.format(), event.startsAt(),
                event.endsAt(), event.timeZone(), event.language(), event.visibility(), event.status(),
                event.participants(), event.capacity());
    }
}
