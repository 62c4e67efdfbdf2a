package org.twinninglive.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;

/**
 * What an organiser says of an event (E1): its title, description (rich text), kind, format and
 * place (face-to-face), start and end (instants with an offset), the zone it is meant in (the
 * organiser's when none), language, visibility, capacity (online: at most 100, the video room's)
 * and whether a full event offers a waiting list (E7).
 */
public record EventDetails(String title, String description, EventKind kind, EventFormat format, String place,
                           OffsetDateTime start, OffsetDateTime end, String timeZone, String language,
                           EventVisibility visibility, Integer capacity, Boolean waitingList) {

    /** The details as a client wrote them (names of constants, ISO-8601 times), naming the first field that is wrong. */
    public static EventDetails of(String title, String description, String kind, String format, String place,
                                  String start, String end, String timeZone, String language, String visibility,
                                  Integer capacity, Boolean waitingList) {
        return new EventDetails(title, description, constant(EventKind.class, "kind", kind, "event.kind"),
                constant(EventFormat.class, "format", format, "event.format"), place,
                time("start", start, "event.start"), time("end", end, "event.end"), timeZone, language,
                constant(EventVisibility.class, "visibility", visibility, "event.visibility"), capacity, waitingList);
    }

    /** The same details at other times (an occurrence of a series). */
    public EventDetails at(OffsetDateTime otherStart, OffsetDateTime otherEnd) {
        return new EventDetails(title, description, kind, format, place, otherStart, otherEnd, timeZone, language,
                visibility, capacity, waitingList);
    }

    /** A constant's name, or null; refused under {@code field} with the text {@code textKey}. */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String value, String textKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ".").shownAs(textKey);
        }
    }

    /** An ISO-8601 time with an offset, or null; refused under {@code field} with the text {@code textKey}. */
    static OffsetDateTime time(String field, String value, String textKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException wrong) {
            throw new InvalidInputException(field, field + " is ISO-8601 with an offset, such as"
                    + " 2027-03-01T16:00:00+01:00.").shownAs(textKey);
        }
    }
}
