package org.twinninglive.events;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An event as a viewer sees it: its details; its organisers by name; how many take part and wait;
 * the seats left (null: no limit); the viewer's own registration ({@code REGISTERED}, {@code
 * WAITING}, or null) and invitation; what they may do ({@code actions}); its series when it repeats.
 */
public record EventView(String id, String title, String description, EventKind kind, EventFormat format, String place,
                        Instant start, Instant end, String timeZone, String language, EventVisibility visibility,
                        Integer capacity, boolean waitingList, EventStatus status, List<Organiser> organisers,
                        long participants, long waiting, Long seatsLeft, RegistrationStatus myRegistration,
                        InvitationStatus myInvitation, Set<String> actions, Series series) implements Serializable {

    /**
     * The series a repeating event is an occurrence of (null for a single event): how it repeats,
     * until when, and its occurrences, each an event of its own.
     */
    public record Series(String id, EventRepetition.Frequency frequency, java.time.LocalDate until,
                         List<Occurrence> occurrences) implements Serializable {
    }

    /** One occurrence of a series. */
    public record Occurrence(String id, Instant start, EventStatus status) implements Serializable {
    }

    /** An organiser; a null name: a former member. */
    public record Organiser(String id, String name) implements Serializable {
    }
}
