package org.twinninglive.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs events/calendar.xhtml, my events calendar (E6): month, week and list of the events I
 * organise, take part in, wait for or am invited to, and the public ones I may join, in my time
 * zone, each leading to its page; the range shown is read in one query when shown. Cancelled events
 * I was part of stay, marked cancelled; cancelled public ones I was not part of are left out. Below,
 * the address of my private calendar feed to copy, and a new one when the old has leaked (after a
 * confirmation: the old one stops working).
 */
@Named
@ViewScoped
public class EventCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarFeeds feeds;

    private ZoneId zone;
    private String feedUrl;
    private boolean confirmingReset;
    private ScheduleModel schedule;

    @PostConstruct
    void init() {
        zone = currentUser.getTimeZone();
        schedule = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                load(this, start, end);
            }
        };
    }

    /**
     * The range shown, in one query (the schedule's zone is mine on both sides: PrimeFaces brings
     * moment-timezone to the browser). A day more on each side, which the schedule does not show,
     * so that no edge of a range is lost to a conversion.
     */
    private void load(LazyScheduleModel into, LocalDateTime start, LocalDateTime end) {
        var texts = ResourceBundle.getBundle("org.twinninglive.web.messages", currentUser.getLocale());
        for (var entry : feeds.calendar(identity.require(), start.minusDays(1).atZone(zone).toInstant(),
                end.plusDays(1).atZone(zone).toInstant())) {
            into.addEvent(event(entry, texts, zone));
        }
    }

    private static DefaultScheduleEvent<String> event(CalendarEntry entry, ResourceBundle texts, ZoneId zone) {
        boolean cancelled = entry.status() == EventStatus.CANCELLED;
        String part = texts.getString("event.calendar.part." + entry.part().name());
        String title = entry.title() + " (" + (cancelled ? texts.getString("event.calendar.cancelled") + ", " : "")
                + part + ")";
        return DefaultScheduleEvent.<String>builder().id(entry.id()).title(title)
                .startDate(LocalDateTime.ofInstant(entry.start(), zone))
                .endDate(LocalDateTime.ofInstant(entry.end(), zone))
                .url(org.omnifaces.util.Faces.getRequestContextPath() + "/events/" + entry.id())
                .styleClass("calendar-" + entry.part().name().toLowerCase(java.util.Locale.ROOT)
                        + (cancelled ? " calendar-cancelled" : ""))
                .editable(false).build();
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    /** My feed's address, made when first shown. */
    public String getFeedUrl() {
        if (feedUrl == null) {
            feedUrl = feeds.address(identity.require()).url();
        }
        return feedUrl;
    }

    public void startResetting() {
        confirmingReset = true;
        PageMessages.focus("feed-form:confirm-reset");
    }

    public void keep() {
        confirmingReset = false;
        PageMessages.focus("feed-form:reset");
    }

    /** A new address: the old one answers "not found" from now on. */
    public void reset() {
        confirmingReset = false;
        try {
            feedUrl = feeds.reset(identity.require()).url();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "event.calendar.feed.resetDone",
                    "event.calendar.feed.resetDone.detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "event.notDone", refused);
        }
        PageMessages.focus("feed-form:messages");
    }

    public boolean isConfirmingReset() {
        return confirmingReset;
    }

    public String getZone() {
        return zone.getId();
    }
}
