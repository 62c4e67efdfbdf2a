package org.twinninglive.notifications;

/** An announcement was stored; once it commits, its delivery starts. */
public record AnnouncementMade(String announcementId) {
}
