package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the reader writes them (their language's order and month names), in the
 * reader's time zone ({@link CurrentUser#getTimeZone()}). The one place pages format an instant
 * or a day.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    CurrentUser currentUser;

    private DateTimeFormatter dateTime;
    private DateTimeFormatter date;

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

    /** A day as it is (no time zone: a period's first or last day), e.g. "1 Dec 2026" for English. */
    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        if (date == null) {
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(writing(currentUser.getLocale()));
        }
        return date.format(day);
    }

    /** A file's size as the reader writes numbers: "512 B", "34 KB", "1.5 MB" ("1,5 MB" in German). */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(writing(currentUser.getLocale()), "%.1f MB", bytes / 1048576.0);
    }

    /** The pages' English is British: plain "en" would write American dates ("Dec 1, 2026, 6:05 PM"). */
    static Locale writing(Locale reader) {
        return reader.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.UK : reader;
    }
}
