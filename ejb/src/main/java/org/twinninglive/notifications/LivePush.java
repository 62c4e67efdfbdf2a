package org.twinninglive.notifications;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twinninglive.messaging.MessagePosted;

/**
 * The one push channel for the bell, the envelope and live panels: once a change for some
 * people commits, every listener (the pages' web socket) is told whose counts changed, and
 * their open pages refresh them. Says only "something changed for you", never what.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LivePush {

    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

    private final CopyOnWriteArrayList<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    /** A door that can reach people's open pages listens here (the web module's socket). */
    public void listen(Consumer<Set<String>> listener) {
        listeners.addIfAbsent(listener);
    }

    public void stopListening(Consumer<Set<String>> listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that something changed for these people. */
    public void changedFor(Set<String> profileIds) {
        if (profileIds.isEmpty()) {
            return;
        }
        for (var listener : listeners) {
            try {
                listener.accept(profileIds);
            } catch (RuntimeException failed) {
                LOG.log(Level.FINE, "A live push failed; the next page view shows the counts anyway", failed);
            }
        }
    }

    public void notified(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notified notice) {
        changedFor(Set.of(notice.recipientId()));
    }

    public void notifiedMany(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotifiedMany batch) {
        changedFor(batch.notifications().stream().map(Notification::recipientId)
                .collect(java.util.stream.Collectors.toSet()));
    }

    public void messagePosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted message) {
        changedFor(message.recipientIds());
    }
}
