package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as the reader writes them (their language's order and month names). */
@Named
@RequestScoped
public class Formats {

    @Inject
    CurrentUser currentUser;

    private DateTimeFormatter dateTime;

    /** e.g. "28 Nov 2026, 18:04" for English. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (dateTime == null) {
            dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(currentUser.getLocale())
                    .withZone(ZoneId.systemDefault());
        }
        return dateTime.format(instant);
    }
}
