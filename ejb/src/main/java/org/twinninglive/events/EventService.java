package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
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

    /** A validated teacher organises an event; it counts for them (event-organised). */
    public EventView organise(SignedInIdentity identity, EventDetails details) {
        var me = validated(identity);
        var event = org.twinninglive.events.Event.organise(me.id(), details, me.timeZone(), clock.instant());
        events.add(event);
        organised.fire(new EventOrganised(event.id(), me.id(), event.title(),
                event.visibility() == EventVisibility.PUBLIC));
        LOG.info(() -> "%s organised event %s (%s, %s)".formatted(me.id(), event.id(), event.visibility(),
                event.format()));
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
        return calendars.ics(access.visible(viewer, events.find(eventId)));
    }

    /** Its organisers change its details, checked as when organised. */
    public EventView change(SignedInIdentity identity, String eventId, EventDetails details) {
        var viewer = viewers.of(identity);
        var event = organised(viewer, eventId);
        var me = callers.of(identity);
        var startBefore = event.startsAt();
        // more seats go to those waiting, first come first served, who are told
        event.change(details, me.timeZone(), clock.instant())
                .forEach(next -> seatOffered.fire(new SeatOffered(event.id(), next, event.title())));
        if (!event.startsAt().equals(startBefore)) {
            reminders.startMoved(event.id());
        }
        return view(viewer, event);
    }

    /** Its organisers cancel it: it takes no one; the registered and waiting are told, by mail too. */
    public EventView cancel(SignedInIdentity identity, String eventId) {
        var viewer = viewers.of(identity);
        var event = organised(viewer, eventId);
        var told = event.cancel(clock.instant());
        var me = callers.of(identity);
        cancelled.fire(new EventCancelled(event.id(), me.id(), event.title(), told));
        LOG.info(() -> "%s cancelled event %s (%d told)".formatted(me.id(), event.id(), told.size()));
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
        var invited = event.invite(ids, me.id(), clock.instant());
        if (!invited.isEmpty()) {
            invitationSent.fire(new EventInvitationSent(event.id(), me.id(), event.title(), invited));
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
        event.addOrganiser(profile.id(), clock.instant())
                .ifPresent(next -> seatOffered.fire(new SeatOffered(event.id(), next, event.title())));
        return view(viewer, event);
    }

    private org.twinninglive.events.Event organised(Viewer viewer, String eventId) {
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
                event.waiting(), seatsLeft, registration, invitation, actions);
    }

    static EventSummary summary(org.twinninglive.events.Event event) {
        return new EventSummary(event.id(), event.title(), event.kind(), event.format(), event.startsAt(),
                event.endsAt(), event.timeZone(), event.language(), event.visibility(), event.status(),
                event.participants(), event.capacity());
    }
}
