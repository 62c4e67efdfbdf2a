package org.twinninglive.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;

/**
 * Backs events/index.xhtml, the Events tab (E2): the upcoming events the reader may know, soonest
 * first, narrowed by words, kind and format; visitors see the public ones.
 */
@Named
@ViewScoped
public class EventListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    EventSearch search;

    private String query;
    private String kind;
    private String format;
    private EventCriteria criteria = EventCriteria.UPCOMING;
    private final Pager<EventSummary> events = new Pager<>(page -> search.search(identity.get(), criteria, page));

    /** Narrows the list as the form says; a wrong field is said beside it. */
    public void search() {
        try {
            criteria = EventCriteria.of(query, kind, format, null, null, null);
            events.restart();
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("events-form:q", wrong);
        }
    }

    public Pager<EventSummary> getEvents() {
        return events;
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<EventFormat> getFormats() {
        return List.of(EventFormat.values());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
