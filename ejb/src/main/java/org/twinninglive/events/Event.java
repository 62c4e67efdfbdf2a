package org.twinninglive.events;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.SearchAnalysis;
import org.twinninglive.platform.Texts;

/**
 * An event (E1, E2, E7): organised by validated teachers, online (in a video room for at most
 * {@link #LARGEST_ROOM}) or face-to-face at a place, public or private, with an optional capacity
 * and waiting list. Its rules are here, whoever asks: the times (an end after the start, a start
 * ahead), the seats (first come first served, a waiting list when full, the first waiting promoted
 * when a seat frees), a cancelled or past event takes no one.
 */
@Entity
@Table(name = "calendar_event")
@Indexed(index = "event")
public class Event {

    /** The video room's size (E3): an online event's capacity at most, and by default. */
    public static final int LARGEST_ROOM = 100;
    static final int LONGEST_TITLE = 200;
    static final int LONGEST_PLACE = 300;
    static final int LARGEST_HALL = 10_000;
    static final Duration LONGEST = Duration.ofDays(14);

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = LONGEST_TITLE)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String title;

    @Column(name = "description_html", nullable = false, length = 40000)
    private String descriptionHtml;

    @Column(name = "description_text", nullable = false, length = 20000)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String descriptionText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    @KeywordField
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private EventFormat format;

    @Column(length = LONGEST_PLACE)
    private String place;

    @Column(name = "starts_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    @GenericField
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 8)
    @KeywordField
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private EventVisibility visibility;

    private Integer capacity;

    @Column(name = "waiting_list", nullable = false)
    private boolean waitingList;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private EventStatus status;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private int sequence;

    /** The series this event is an occurrence of (the first occurrence's id); null for a single event. */
    @Column(name = "series_id", length = 36)
    private String seriesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "series_frequency", length = 16)
    private EventRepetition.Frequency seriesFrequency;

    @Column(name = "series_until")
    private java.time.LocalDate seriesUntil;

    /** Its place in the series as the rule made it: 0 for the first. */
    @Column(name = "series_index")
    private Integer seriesIndex;

    /** Changed on its own, apart from its series. */
    @Column(name = "series_changed", nullable = false)
    private boolean seriesChanged;

    /** When its organisers closed the video room (E3); null while it may open. */
    @Column(name = "room_closed_at")
    private Instant roomClosedAt;

    @Version
    private long version;

    /** The reminders sent (E6): written only by {@link EventReminderSteps}' conditional updates, never by a change here. */
    @Column(name = "reminded_day", insertable = false, updatable = false)
    private boolean remindedDay;

    @Column(name = "reminded_hour", insertable = false, updatable = false)
    private boolean remindedHour;

    @BatchSize(size = 50)
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @IndexedEmbedded(includePaths = {"profileId"})
    private List<EventOrganiser> organisers = new ArrayList<>();

    @BatchSize(size = 50)
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("registeredAt")
    private List<EventRegistration> registrations = new ArrayList<>();

    @BatchSize(size = 50)
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("invitedAt")
    @IndexedEmbedded(includePaths = {"profileId"})
    private List<EventInvitation> invitations = new ArrayList<>();

    protected Event() {
    }

    /** A new event of this organiser, its details checked; its zone the organiser's unless said. */
    public static Event organise(String organiserId, EventDetails details, ZoneId organiserZone, Instant now) {
        var event = new Event();
        event.id = UUID.randomUUID().toString();
        event.status = EventStatus.SCHEDULED;
        event.createdBy = organiserId;
        event.createdAt = now;
        event.apply(details, organiserZone, now);
        event.organisers.add(new EventOrganiser(event, organiserId));
        return event;
    }

    /**
     * The organisers change the details: checked as when organised; refused once cancelled. Seats
     * that a larger capacity adds go to those waiting, first come first served: their ids.
     */
    public List<String> change(EventDetails details, ZoneId organiserZone, Instant now) {
        requireScheduled();
        var startBefore = startsAt;
        var endBefore = endsAt;
        apply(details, organiserZone, now);
        if (!startsAt.equals(startBefore) || !endsAt.equals(endBefore)) {
            roomClosedAt = null; // moved: its video room opens again before the new start
        }
        sequence++;
        var promoted = new ArrayList<String>();
        if (!endsAt.isAfter(now)) {
            return promoted;
        }
        for (var waiting : registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList()) {
            if (seats().map(seats -> participants() >= seats).orElse(false)) {
                break;
            }
            waiting.promote();
            promoted.add(waiting.profileId());
        }
        return promoted;
    }

    /** Cancelled: it takes no one, its participants are told; the ids of those to tell. */
    public List<String> cancel(Instant now) {
        requireScheduled();
        status = EventStatus.CANCELLED;
        updatedAt = now;
        sequence++;
        return registrations.stream().map(EventRegistration::profileId).toList();
    }

    /**
     * Registers this person: again changes nothing; a full event puts them on its waiting list, or
     * refuses them when it has none (409 event-full); a cancelled or finished one refuses them.
     */
    public EventRegistration register(String profileId, Instant now) {
        var existing = registrationOf(profileId);
        if (existing.isPresent()) {
            return existing.get();
        }
        requireScheduled();
        if (!endsAt.isAfter(now)) {
            throw new ConflictException("The event is over.", "event-over").shownAs("event.over");
        }
        // full when no seat is left, or when people wait already: nobody passes the queue
        boolean full = seats().map(seats -> participants() >= seats).orElse(false) || waiting() > 0;
        if (full && !waitingList) {
            throw new ConflictException("The event is full.", "event-full").shownAs("event.full");
        }
        var registration = new EventRegistration(this, profileId, full ? RegistrationStatus.WAITING
                : RegistrationStatus.REGISTERED, now);
        registrations.add(registration);
        invitationOf(profileId).ifPresent(invitation -> invitation.answer(true));
        return registration;
    }

    /**
     * This person's registration ends; the seat goes to the first waiting, whose id comes back
     * (none once the event is over or cancelled).
     */
    public Optional<String> unregister(String profileId, Instant now) {
        var existing = registrationOf(profileId);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        registrations.remove(existing.get());
        if (existing.get().status() != RegistrationStatus.REGISTERED || status == EventStatus.CANCELLED
                || !endsAt.isAfter(now)) {
            return Optional.empty();
        }
        var next = registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING).findFirst();
        next.ifPresent(EventRegistration::promote);
        return next.map(EventRegistration::profileId);
    }

    /** Invites these people (not yet invited, not organisers); those newly invited. */
    public List<String> invite(Collection<String> profileIds, String by, Instant now) {
        requireScheduled();
        var invited = new ArrayList<String>();
        for (String profileId : profileIds) {
            if (isOrganiser(profileId) || invitationOf(profileId).isPresent() || invited.contains(profileId)) {
                continue;
            }
            invitations.add(new EventInvitation(this, profileId, by, now));
            invited.add(profileId);
        }
        return invited;
    }

    /** An invited person declines: the event stays visible to them, their registration (if any) ends. */
    public Optional<String> decline(String profileId, Instant now) {
        var invitation = invitationOf(profileId).orElseThrow(() -> new ConflictException(
                "You are not invited to this event.", "not-invited").shownAs("event.notInvited"));
        invitation.answer(false);
        return unregister(profileId, now);
    }

    /**
     * Adds a co-organiser (E1), who registers no more: the seat they held goes to the first
     * waiting, whose id comes back.
     */
    public Optional<String> addOrganiser(String profileId, Instant now) {
        requireScheduled();
        if (isOrganiser(profileId)) {
            return Optional.empty();
        }
        organisers.add(new EventOrganiser(this, profileId));
        return unregister(profileId, now);
    }

    /** A person's account is erased: they take part in nothing, organise nothing, are invited to nothing. */
    void forget(String profileId, Instant now) {
        unregister(profileId, now);
        organisers.removeIf(o -> o.profileId().equals(profileId));
        invitations.removeIf(i -> i.profileId().equals(profileId));
        invitations.forEach(i -> i.forgetInviter(profileId));
        if (profileId.equals(createdBy)) {
            createdBy = null;
        }
    }

    private void apply(EventDetails details, ZoneId organiserZone, Instant now) {
        if (details == null) {
            throw new InvalidInputException("title", "Send the event's details.").shownAs("event.title");
        }
        String cleanTitle = Texts.line(details.title(), "title");
        if (cleanTitle.isEmpty() || cleanTitle.length() > LONGEST_TITLE) {
            throw new InvalidInputException("title", "An event's title has 1 to " + LONGEST_TITLE + " characters.")
                    .shownAs("event.title", LONGEST_TITLE);
        }
        var description = RichText.of(details.description() == null ? "" : details.description(), "description");
        if (details.kind() == null) {
            throw new InvalidInputException("kind", "kind is required.").shownAs("event.kind");
        }
        if (details.format() == null) {
            throw new InvalidInputException("format", "format is required: ONLINE or FACE_TO_FACE.")
                    .shownAs("event.format");
        }
        String cleanPlace = details.place() == null ? "" : Texts.line(details.place(), "place");
        if (details.format() == EventFormat.FACE_TO_FACE && (cleanPlace.isEmpty() || cleanPlace.length() > LONGEST_PLACE)) {
            throw new InvalidInputException("place", "A face-to-face event needs its place, at most " + LONGEST_PLACE
                    + " characters.").shownAs("event.place", LONGEST_PLACE);
        }
        if (details.start() == null) {
            throw new InvalidInputException("start", "start is required, ISO-8601 with an offset.")
                    .shownAs("event.start");
        }
        if (details.end() == null) {
            throw new InvalidInputException("end", "end is required, ISO-8601 with an offset.").shownAs("event.end");
        }
        var start = details.start().toInstant();
        var end = details.end().toInstant();
        if (!start.isAfter(now)) {
            throw new InvalidInputException("start", "The start is in the past.").shownAs("event.startPast");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", "The end comes after the start.").shownAs("event.endBeforeStart");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("end", "An event lasts at most 14 days.").shownAs("event.tooLong");
        }
        ZoneId zone;
        try {
            zone = details.timeZone() == null || details.timeZone().isBlank() ? organiserZone
                    : ZoneId.of(details.timeZone().strip());
        } catch (DateTimeException unknown) {
            throw new InvalidInputException("timeZone", "timeZone is a zone such as Europe/Madrid.")
                    .shownAs("event.timeZone");
        }
        String lang = details.language() == null || details.language().isBlank() ? "en" : details.language().strip();
        if (!lang.matches("[a-z]{2}")) {
            throw new InvalidInputException("language", "language is a two-letter code such as es.")
                    .shownAs("event.language");
        }
        if (details.visibility() == null) {
            throw new InvalidInputException("visibility", "visibility is required: PUBLIC or PRIVATE.")
                    .shownAs("event.visibility");
        }
        int largest = details.format() == EventFormat.ONLINE ? LARGEST_ROOM : LARGEST_HALL;
        if (details.capacity() != null && (details.capacity() < 1 || details.capacity() > largest)) {
            throw new InvalidInputException("capacity", "capacity is 1 to " + largest + " for this format.")
                    .shownAs("event.capacity", largest);
        }
        int registered = (int) participants();
        int seatsAfter = details.capacity() != null ? details.capacity()
                : details.format() == EventFormat.ONLINE ? LARGEST_ROOM : Integer.MAX_VALUE;
        if (seatsAfter < registered) {
            throw new InvalidInputException("capacity", "capacity cannot be below the " + registered
                    + " people registered.").shownAs("event.capacityBelow", registered);
        }
        title = cleanTitle;
        descriptionHtml = description.html();
        descriptionText = description.text();
        kind = details.kind();
        format = details.format();
        place = format == EventFormat.FACE_TO_FACE ? cleanPlace : null;
        startsAt = start;
        endsAt = end;
        timeZone = zone.getId();
        language = lang;
        visibility = details.visibility();
        capacity = details.capacity();
        waitingList = details.waitingList() == null || details.waitingList();
        updatedAt = now;
    }

    /** This event is the {@code index}-th occurrence of a series. */
    void joinSeries(String series, EventRepetition repetition, int index) {
        seriesId = series;
        seriesFrequency = repetition.frequency();
        seriesUntil = repetition.until();
        seriesIndex = index;
    }

    /** Its organisers changed this occurrence alone (iCalendar: an occurrence of its own, RECURRENCE-ID). */
    void changedAlone() {
        if (seriesId != null) {
            seriesChanged = true;
        }
    }

    /** Its organisers changed the whole series: this occurrence follows it again. */
    void followsSeries() {
        seriesChanged = false;
    }

    public Optional<String> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    /** The repetition of its series; empty for a single event. */
    public Optional<EventRepetition> repetition() {
        return seriesId == null ? Optional.empty() : Optional.of(new EventRepetition(seriesFrequency, seriesUntil));
    }

    public int seriesIndex() {
        return seriesIndex == null ? 0 : seriesIndex;
    }

    public boolean seriesChanged() {
        return seriesChanged;
    }

    /** How long before the start the video room opens (E3). */
    public static final java.time.Duration ROOM_OPENS_BEFORE = java.time.Duration.ofMinutes(15);
    /** How long after the end the room stays open, for those who overrun. */
    public static final java.time.Duration ROOM_STAYS_AFTER = java.time.Duration.ofMinutes(30);

    /** Where the video room of this event stands at this moment. */
    public RoomState roomState(Instant now) {
        if (format != EventFormat.ONLINE) {
            return RoomState.NONE;
        }
        if (status == EventStatus.CANCELLED) {
            return RoomState.CANCELLED;
        }
        if (roomClosedAt != null) {
            return RoomState.CLOSED;
        }
        if (now.isBefore(startsAt.minus(ROOM_OPENS_BEFORE))) {
            return RoomState.NOT_YET;
        }
        return now.isBefore(endsAt.plus(ROOM_STAYS_AFTER)) ? RoomState.OPEN : RoomState.OVER;
    }

    /** The organisers close the room: nobody joins it again. Closing it twice changes nothing. */
    public void closeRoom(Instant now) {
        requireScheduled();
        if (roomClosedAt == null) {
            roomClosedAt = now;
            updatedAt = now;
        }
    }

    public Instant roomOpensAt() {
        return startsAt.minus(ROOM_OPENS_BEFORE);
    }

    /** The video room's state: none for a face-to-face event. */
    public enum RoomState { NONE, NOT_YET, OPEN, CLOSED, OVER, CANCELLED }

    void requireScheduled() {
        if (status == EventStatus.CANCELLED) {
            throw new ConflictException("The event is cancelled.", "event-cancelled").shownAs("event.cancelled");
        }
    }

    /** The seats: the capacity, an online event's room at most; none for a face-to-face one without a capacity. */
    public Optional<Integer> seats() {
        if (capacity != null) {
            return Optional.of(capacity);
        }
        return format == EventFormat.ONLINE ? Optional.of(LARGEST_ROOM) : Optional.empty();
    }

    public long participants() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
    }

    public long waiting() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count();
    }

    public boolean isOrganiser(String profileId) {
        return organisers.stream().anyMatch(o -> o.profileId().equals(profileId));
    }

    public Optional<EventRegistration> registrationOf(String profileId) {
        return registrations.stream().filter(r -> r.profileId().equals(profileId)).findFirst();
    }

    public Optional<EventInvitation> invitationOf(String profileId) {
        return invitations.stream().filter(i -> i.profileId().equals(profileId)).findFirst();
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String descriptionHtml() {
        return descriptionHtml;
    }

    public EventKind kind() {
        return kind;
    }

    public EventFormat format() {
        return format;
    }

    public String place() {
        return place;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String timeZone() {
        return timeZone;
    }

    public String language() {
        return language;
    }

    public EventVisibility visibility() {
        return visibility;
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean waitingList() {
        return waitingList;
    }

    public EventStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public int sequence() {
        return sequence;
    }

    public List<String> organiserIds() {
        return organisers.stream().map(EventOrganiser::profileId).toList();
    }

    public List<EventRegistration> registrations() {
        return List.copyOf(registrations);
    }

    public List<EventInvitation> invitations() {
        return List.copyOf(invitations);
    }
}
