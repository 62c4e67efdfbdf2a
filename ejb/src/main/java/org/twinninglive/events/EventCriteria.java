package org.twinninglive.events;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;

/** What a list of events is narrowed by (E2): words, kind, format, language, a range of start times. */
public record EventCriteria(String query, EventKind kind, EventFormat format, String language, Instant from,
                            Instant to) {

    public static final int MAX_QUERY = 200;

    public static final EventCriteria UPCOMING = new EventCriteria(null, null, null, null, null, null);

    /** Reads the parameters as sent, naming the first one that is wrong. */
    public static EventCriteria of(String query, String kind, String format, String language, String from, String to) {
        String q = query == null || query.isBlank() ? null : Normalizer.normalize(query.strip(), Normalizer.Form.NFC);
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "q has at most " + MAX_QUERY + " characters.")
                    .shownAs("query.tooLong", MAX_QUERY);
        }
        String l = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (l != null && !l.matches("[a-z]{2}")) {
            throw new InvalidInputException("language", "language must be a two-letter ISO 639-1 code, such as fr.")
                    .shownAs("search.language");
        }
        var start = EventDetails.time("from", from, "event.from");
        var end = EventDetails.time("to", to, "event.to");
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidInputException("to", "to comes after from.").shownAs("event.toBeforeFrom");
        }
        return new EventCriteria(q, EventDetails.constant(EventKind.class, "kind", kind, "event.kind"),
                EventDetails.constant(EventFormat.class, "format", format, "event.format"), l,
                start == null ? null : start.toInstant(), end == null ? null : end.toInstant());
    }
}
