package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the reader writes them (their language's order and month names), in the
 * reader's time zone ({@link CurrentUser#getTimeZone()}). The one place pages format an instant.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    CurrentUser currentUser;

    private DateTimeFormatter dateTime;

    /** e.g. "1 Dec 2026, 18:05" for English. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (dateTime == null) {
            dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(writing(currentUser.getLocale()))
                    .withZone(currentUser.getTimeZone());
        }
        return dateTime.format(instant);
    }

    /** The pages' English is British: plain "en" would write American dates ("Dec 1, 2026, 6:05 PM"). */
    static Locale writing(Locale reader) {
        return reader.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.UK : reader;
    }
}
