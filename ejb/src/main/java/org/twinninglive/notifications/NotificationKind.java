package org.twinninglive.notifications;

import java.util.Locale;
import java.util.Optional;

/**
 * What a notification is about. Each kind has its text in the bundle {@code Notifications}
 * ({@code notification.<name>}: {0} the actor's name, {1} how many others acted too, {2} the
 * detail), the page it leads to, whether several unread ones are shown as one group, and
 * whether it also goes by e-mail (what cannot wait, N4) unless the reader chose otherwise.
 */
public enum NotificationKind {

    CONTACT_REQUESTED("/people/contacts", false, true),
    CONTACT_ACCEPTED("/people/{actor}", false, true),
    FOLLOWED("/people/{actor}", true, false),
    ACCOUNT_VALIDATED("/desktop/", false, true),
    ACCOUNT_REJECTED("/people/edit", false, true),
    ACCOUNT_TO_REVIEW("/support/validations", true, true),
    PROGRESSION_MILESTONE("/progression/about", false, false),
    ANNOUNCEMENT("/notifications/", false, true),
    PROJECT_TO_REVIEW("/support/projects", true, true),
    PROJECT_INVITATION("/projects/{reference}", false, true),
    PROJECT_JOINED("/projects/{reference}", false, true),
    PROJECT_APPROVED("/projects/{reference}", false, true),
    PROJECT_REJECTED("/projects/{reference}", false, true),
    QUALITY_LABEL_TO_REVIEW("/support/labels", true, true),
    QUALITY_LABEL_AWARDED("/projects/{reference}", false, true),
    QUALITY_LABEL_REJECTED("/projects/{reference}", false, true),
    SCHOOL_LABEL_TO_REVIEW("/support/school-labels", true, true),
    SCHOOL_LABEL_AWARDED("/schools/label", false, true),
    SCHOOL_LABEL_REJECTED("/schools/label", false, true),
    PRIZE_WON("/projects/{reference}", false, true),
    /** A reply in a thread the reader follows; the reference is the thread's address, as its owner gives it. */
    DISCUSSION_REPLY("{reference}", true, true),
    SPACE_GUEST_INVITED("/projects/{reference}/space", false, true),
    SPACE_PAGE_CHANGED("{reference}", true, true),
    EVENT_INVITATION("/events/{reference}", false, true),
    EVENT_CANCELLED("/events/{reference}", false, true),
    EVENT_SEAT("/events/{reference}", false, true),
    /** An event the reader organises or takes part in starts within a day (E6). */
    EVENT_REMINDER_DAY("/events/{reference}", false, true),
    /** An event the reader organises or takes part in starts within the hour (E6). */
    EVENT_REMINDER_HOUR("/events/{reference}", false, true);

    private final String link;
    private final boolean grouped;
    private final boolean mailed;

    NotificationKind(String link, boolean grouped, boolean mailed) {
        this.link = link;
        this.grouped = grouped;
        this.mailed = mailed;
    }

    /** The kind's name in the API and in preferences, e.g. {@code contact-requested}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of its text. */
    public String textKey() {
        return "notification." + key();
    }

    /** The page it leads to, relative to the application, for an actor and the notice's reference (a project). */
    public String link(String actorId, String reference) {
        return link.replace("{actor}", actorId == null ? "" : actorId)
                .replace("{reference}", reference == null ? "" : reference);
    }

    /** Whether unread notices of this kind to one reader collapse into one ("bob and 3 others"). */
    public boolean grouped() {
        return grouped;
    }

    /** Whether it is also mailed (immediately by default; the reader may choose a digest or never). */
    public boolean mailed() {
        return mailed;
    }

    public static Optional<NotificationKind> of(String key) {
        for (var kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
