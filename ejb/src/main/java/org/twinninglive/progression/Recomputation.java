package org.twinninglive.progression;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Re-computes every bar from the ledger after the rules change, in the background, batch by
 * batch, publishing its progress. One at a time per server: a second request while one runs
 * is answered with the running one.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Recomputation {

    private static final Logger LOG = Logger.getLogger(Recomputation.class.getName());
    static final int BATCH_SIZE = 500;

    @Inject
    RecomputationBatch batch;

    @Inject
    ProgressionRepository repository;

    @Inject
    Event<BarChanged> changes;

    @Inject
    Clock clock;

    private final AtomicReference<RecomputationStatus> status = new AtomicReference<>(RecomputationStatus.idle());

    public RecomputationStatus status() {
        return status.get();
    }

    /** Marks a re-computation as started; false when one is already running. */
    public boolean claim() {
        var current = status.get();
        return !current.running()
                && status.compareAndSet(current, new RecomputationStatus(true, 0, repository.profiles(), clock.instant(), null));
    }

    /** Gives a claim back when the rule change that made it did not commit. */
    public void release() {
        status.updateAndGet(current -> current.running() && current.done() == 0 ? RecomputationStatus.idle() : current);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        var started = status.get();
        long done = 0;
        String last = "";
        try {
            while ((last = batch.recomputeAfter(last, BATCH_SIZE)) != null) {
                done = Math.min(started.total(), done + BATCH_SIZE);
                status.set(new RecomputationStatus(true, done, Math.max(started.total(), done), started.startedAt(), null));
            }
        } finally {
            changes.fire(BarChanged.everyone());
            var finished = status.get();
            status.set(new RecomputationStatus(false, finished.total(), finished.total(), started.startedAt(), clock.instant()));
            LOG.info(() -> "Re-computed the bars of %d profiles from the ledger".formatted(finished.total()));
        }
    }
}
