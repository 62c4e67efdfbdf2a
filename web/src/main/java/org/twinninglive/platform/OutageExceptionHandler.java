package org.twinninglive.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.util.ArrayList;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * Gives a database outage met while Faces draws or updates a page one name,
 * {@link DatabaseUnavailableException}, before any other handler picks an error page for it:
 * web.xml maps that type to error/unavailable.xhtml, which OmniFaces' FullAjaxExceptionHandler
 * renders on AJAX requests (in the partial response, so without a 503) and which
 * {@link OutageFilter} answers with 503 on the others. The queue is renamed both when handled
 * and when read, so this works whether it wraps OmniFaces' handler or is wrapped by it.
 */
public class OutageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(OutageExceptionHandler.class.getName());

    public OutageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Iterable<ExceptionQueuedEvent> getUnhandledExceptionQueuedEvents() {
        nameOutages();
        return super.getUnhandledExceptionQueuedEvents();
    }

    @Override
    public void handle() {
        nameOutages();
        super.handle();
    }

    /** Replaces each queued outage by a DatabaseUnavailableException, in the queue's order. */
    private void nameOutages() {
        var queue = getWrapped().getUnhandledExceptionQueuedEvents();
        if (StreamSupport.stream(queue.spliterator(), false).noneMatch(OutageExceptionHandler::unnamedOutage)) {
            return;
        }
        var events = new ArrayList<ExceptionQueuedEvent>();
        for (var queued = queue.iterator(); queued.hasNext();) {
            events.add(queued.next());
            queued.remove();
        }
        for (var event : events) {
            getWrapped().processEvent(unnamedOutage(event) ? named(event) : event);
        }
    }

    private static boolean unnamedOutage(ExceptionQueuedEvent event) {
        Throwable failure = event.getContext().getException();
        return !(failure instanceof DatabaseUnavailableException) && Outages.databaseUnavailable(failure);
    }

    private static ExceptionQueuedEvent named(ExceptionQueuedEvent event) {
        var original = event.getContext();
        LOG.warning(() -> "Database unavailable during " + original.getPhaseId() + " of a page, answered with"
                + " error/unavailable.xhtml: " + Outages.evidence(original.getException()).orElseThrow());
        var renamed = new ExceptionQueuedEventContext(original.getContext(),
                new DatabaseUnavailableException(original.getException()), original.getComponent(), original.getPhaseId());
        renamed.getAttributes().putAll(original.getAttributes());
        return new ExceptionQueuedEvent(original.getContext(), renamed);
    }
}
