package org.twinninglive.media;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.logging.Logger;

/** Every hour, removes uploads nobody attached within a day (an abandoned message, a closed page). */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class UploadPurge {

    private static final Logger LOG = Logger.getLogger(UploadPurge.class.getName());
    static final Duration KEPT_UNATTACHED = Duration.ofDays(1);

    @Resource
    TimerService timers;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        long hour = Duration.ofHours(1).toMillis();
        timers.createIntervalTimer(hour, hour, new TimerConfig("upload-purge", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        int removed = files.purgeAbandoned(clock.instant().minus(KEPT_UNATTACHED));
        if (removed > 0) {
            LOG.info(() -> "Removed %d uploads never attached".formatted(removed));
        }
    }
}
