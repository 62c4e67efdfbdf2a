package org.twinninglive.events;

import java.util.List;

/**
 * An event starts within a day, or within the hour ({@code withinHour}): its organisers and the
 * people taking part are reminded (by mail too, as each chose). Fired once per reminder, by the
 * node that claimed it.
 */
public record EventReminderDue(String eventId, String title, boolean withinHour, List<String> recipientIds) {
}
