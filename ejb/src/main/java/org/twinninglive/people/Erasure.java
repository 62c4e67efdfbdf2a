package org.twinninglive.people;

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
 * Carries out the account deletions whose grace period is over (U5), every
 * {@code TWINNING_ERASURE_INTERVAL} (ISO-8601, default PT1H). Each account is erased in a
 * transaction of its own; one that fails (Keycloak unreachable) stays due and is tried again
 * next time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());
    private static final int BATCH = 200;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "twinning.erasure-interval", defaultValue = "PT1H")
    String interval;

    @Inject
    ProfileRepository profiles;

    @Inject
    ErasureStep step;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("account-erasure", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void eraseDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (String id : profiles.dueForErasure(clock.instant(), BATCH)) {
                try {
                    step.erase(id);
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "Account " + id + " could not be erased; trying again later", failed);
                }
            }
        } finally {
            running.set(false);
        }
    }
}
