package org.twinninglive.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs events/new.xhtml (E1): a validated teacher organises an event. The times are typed in the
 * organiser's own zone and kept as instants; the description is written as plain text (paragraphs),
 * kept as rich text. A wrong field is said beside it, nothing is made.
 */
@Named
@ViewScoped
public class EventFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    EventService events;

    private String title;
    private String description;
    private EventKind kind = EventKind.WORKSHOP;
    private EventFormat format = EventFormat.ONLINE;
    private String place;
    private LocalDateTime start;
    private LocalDateTime end;
    private String language;
    private EventVisibility visibility = EventVisibility.PUBLIC;
    private Integer capacity;
    private boolean waitingList = true;
    private String repeat = "";
    private java.time.LocalDate repeatUntil;

    /** Organises the event, then shows its page. */
    public void organise() throws IOException {
        var zone = user.getTimeZone();
        try {
            var details = new EventDetails(title, RichText.ofPlainText(description).html(), kind, format, place,
                    start == null ? null : start.atZone(zone).toOffsetDateTime(),
                    end == null ? null : end.atZone(zone).toOffsetDateTime(), zone.getId(),
                    language == null || language.isBlank() ? user.getProfile().language() : language, visibility,
                    capacity, waitingList);
            var event = events.organise(identity.require(), details, EventRepetition.of(repeat,
                    repeatUntil == null ? null : repeatUntil.toString()));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.show(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "event.organised",
                    "event.organised.detail");
            external.redirect(external.getRequestContextPath() + "/events/" + event.id());
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("event-form:" + PageMessages.kebab(wrong.field()), wrong);
        } catch (TwinningException refused) {
            PageMessages.showRefusal(jakarta.faces.application.FacesMessage.SEVERITY_WARN, "event.notDone", refused);
        }
    }

    public List<EventRepetition.Frequency> getFrequencies() {
        return List.of(EventRepetition.Frequency.values());
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public java.time.LocalDate getRepeatUntil() {
        return repeatUntil;
    }

    public void setRepeatUntil(java.time.LocalDate repeatUntil) {
        this.repeatUntil = repeatUntil;
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<EventFormat> getFormats() {
        return List.of(EventFormat.values());
    }

    public List<EventVisibility> getVisibilities() {
        return List.of(EventVisibility.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public EventVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(EventVisibility visibility) {
        this.visibility = visibility;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isWaitingList() {
        return waitingList;
    }

    public void setWaitingList(boolean waitingList) {
        this.waitingList = waitingList;
    }
}
