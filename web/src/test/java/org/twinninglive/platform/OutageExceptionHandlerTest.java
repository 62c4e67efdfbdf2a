package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.SystemEvent;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutageExceptionHandlerTest {

    private static final SQLException REFUSED = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");

    @Test
    void anOutageIsRenamedBeforeTheHandlerItWrapsPicksAPage() {
        var queue = new Queue();
        var bug = new IllegalStateException("a bug");
        queue.add(new FacesException(new EJBException(REFUSED)));
        queue.add(bug);

        new OutageExceptionHandler(queue).handle();

        assertThat(queue.seenWhenHandled).hasSize(2);
        assertThat(queue.seenWhenHandled.get(0)).isInstanceOf(DatabaseUnavailableException.class)
                .hasRootCause(REFUSED);
        assertThat(queue.seenWhenHandled.get(1)).isSameAs(bug);
    }

    @Test
    void aHandlerAroundItAlsoReadsTheRenamedOutage() {
        var queue = new Queue();
        queue.add(new EJBException(REFUSED));
        var around = new ExceptionHandlerWrapper(new OutageExceptionHandler(queue)) {
        };

        var read = new ArrayList<Throwable>();
        around.getUnhandledExceptionQueuedEvents().forEach(event -> read.add(event.getContext().getException()));

        assertThat(read).singleElement().isInstanceOf(DatabaseUnavailableException.class);
    }

    @Test
    void failuresThatAreNoOutageStayAsTheyAre() {
        var queue = new Queue();
        var bug = new FacesException(new IllegalStateException("a bug"));
        queue.add(bug);

        new OutageExceptionHandler(queue).handle();

        assertThat(queue.seenWhenHandled).containsExactly(bug);
    }

    /** The queue of Faces' own handler, as far as a wrapper sees it. */
    private static final class Queue extends ExceptionHandler {

        private final LinkedList<ExceptionQueuedEvent> unhandled = new LinkedList<>();
        private final List<Throwable> seenWhenHandled = new ArrayList<>();

        void add(Throwable failure) {
            processEvent(new ExceptionQueuedEvent(null,
                    new ExceptionQueuedEventContext(null, failure, null, PhaseId.INVOKE_APPLICATION)));
        }

        @Override
        public void handle() {
            unhandled.forEach(event -> seenWhenHandled.add(event.getContext().getException()));
            unhandled.clear();
        }

        @Override
        public ExceptionQueuedEvent getHandledExceptionQueuedEvent() {
            return null;
        }

        @Override
        public Iterable<ExceptionQueuedEvent> getUnhandledExceptionQueuedEvents() {
            return unhandled;
        }

        @Override
        public Iterable<ExceptionQueuedEvent> getHandledExceptionQueuedEvents() {
            return List.of();
        }

        @Override
        public void processEvent(SystemEvent event) {
            unhandled.add((ExceptionQueuedEvent) event);
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof ExceptionQueuedEventContext;
        }

        @Override
        public Throwable getRootCause(Throwable failure) {
            return failure;
        }
    }
}
