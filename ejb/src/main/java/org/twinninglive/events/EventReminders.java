package org.twinninglive.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds the organisers and participants of an event a day and an hour before its start (E6),
 * every {@code TWINNING_REMINDER_INTERVAL} (default a minute). Each node runs this timer; each
 * reminder is sent by the one node whose claim of it counted ({@link EventReminderSteps}), so a
 * cluster sends it once. An event that starts within the hour gets the hour's reminder only; a
 * cancelled one none.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EventReminders {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "twinning.reminder-interval", defaultValue = "PT1M")
    String interval;

    @Inject
    EventReminderSteps steps;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("event-reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            var now = clock.instant();
            int sent = 0;
            for (boolean withinHour : new boolean[]{true, false}) {
                for (String id : steps.due(now, withinHour)) {
                    try {
                        if (steps.remind(id, withinHour, now)) {
                            sent++;
                        }
                    } catch (RuntimeException failed) {
                        // its claim rolled back with it: the next pass tries again
                        LOG.log(Level.WARNING, "The reminder of event " + id + " failed; the next pass tries again",
                                failed);
                    }
                }
            }
            if (sent > 0) {
                int done = sent;
                LOG.fine(() -> "Reminders: %d events".formatted(done));
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The reminders' pass failed; the next one tries again", failed);
        } finally {
            running.set(false);
        }
    }
}
