package org.twinninglive.events;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.twinninglive.platform.InvalidInputException;

/**
 * How an event repeats (E1): every week or every month, on the same weekday or day of the month
 * and at the same local time in the event's zone (a summer-time change keeps the hour), until a
 * day (included). A series has at most {@link #MOST_OCCURRENCES} occurrences.
 */
public record EventRepetition(Frequency frequency, LocalDate until) {

    /** Occurrences of one series, at most: a school year of weekly meetings. */
    public static final int MOST_OCCURRENCES = 52;

    public enum Frequency { WEEKLY, MONTHLY }

    /** The repetition a client wrote ({@code "repeat": "WEEKLY"}, {@code "repeatUntil": "2027-06-30"}), or null for none. */
    public static EventRepetition of(String frequency, String until) {
        var chosen = EventDetails.constant(Frequency.class, "repeat", frequency, "event.repeat");
        if (chosen == null) {
            return null;
        }
        if (until == null || until.isBlank()) {
            throw new InvalidInputException("repeatUntil", "A repeating event needs repeatUntil, a day such as"
                    + " 2027-06-30.").shownAs("event.repeatUntil", MOST_OCCURRENCES);
        }
        try {
            return new EventRepetition(chosen, LocalDate.parse(until.strip()));
        } catch (DateTimeParseException wrong) {
            throw new InvalidInputException("repeatUntil", "repeatUntil is a day such as 2027-06-30.")
                    .shownAs("event.repeatUntil", MOST_OCCURRENCES);
        }
    }

    /**
     * The starts of the occurrences, the first one's included: refused when the last day is before
     * the second occurrence or when there would be more than {@link #MOST_OCCURRENCES}.
     */
    public List<ZonedDateTime> starts(ZonedDateTime first) {
        if (frequency == Frequency.MONTHLY && first.getDayOfMonth() > 28) {
            // every month has no 29th to 31st; calendars skip those months (RFC 5545), the platform would not
            throw new InvalidInputException("repeat", "A monthly event starts on the 1st to the 28th of its month.")
                    .shownAs("event.repeatMonthDay");
        }
        var starts = new ArrayList<ZonedDateTime>();
        for (int k = 0; ; k++) {
            var next = nth(first, k);
            if (next.toLocalDate().isAfter(until)) {
                break;
            }
            if (starts.size() == MOST_OCCURRENCES) {
                throw new InvalidInputException("repeatUntil", "A series has at most " + MOST_OCCURRENCES
                        + " occurrences.").shownAs("event.repeatUntil", MOST_OCCURRENCES);
            }
            starts.add(next);
        }
        if (starts.size() < 2) {
            throw new InvalidInputException("repeatUntil", "repeatUntil comes after the second occurrence.")
                    .shownAs("event.repeatUntil", MOST_OCCURRENCES);
        }
        return starts;
    }

    /** The k-th occurrence's start as the rule makes it (k = 0: the first). */
    public ZonedDateTime nth(ZonedDateTime first, int k) {
        return frequency == Frequency.WEEKLY ? first.plusWeeks(k) : first.plusMonths(k);
    }
}
