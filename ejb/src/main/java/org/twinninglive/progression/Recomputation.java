package org.twinninglive.progression;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-computes every bar from the ledger after the rules change, in the background, batch by
 * batch, publishing its progress. One at a time per server: a second request while one runs
 * is answered with the running one. Where it stands is kept in the database with each batch
 * ({@link RecomputationRecord}), so a failure is shown as such and the work resumes where it
 * stopped (on request, or when the server starts again).
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

    @Resource
    SessionContext context;

    private final AtomicReference<RecomputationStatus> status = new AtomicReference<>(RecomputationStatus.idle());

    public RecomputationStatus status() {
        return status.get();
    }

    /** Marks a re-computation as started; false when one is already running. */
    public boolean claim() {
        return claim(0);
    }

    /** Marks a re-computation that has already done {@code done} profiles as running again. */
    boolean claim(long done) {
        var current = status.get();
        return !current.running()
                && status.compareAndSet(current, RecomputationStatus.started(done, repository.profiles(), clock.instant()));
    }

    /**
     * Starts again a re-computation that did not reach the end (it failed, or the server stopped),
     * from the last batch written; false when none is pending or one is running.
     */
    public boolean resume() {
        long done = batch.pending();
        if (done == RecomputationBatch.FINISHED || !claim(done)) {
            return false;
        }
        try {
            context.getBusinessObject(Recomputation.class).run();
        } catch (RuntimeException notStarted) {
            status.updateAndGet(current -> current.stopped(clock.instant()));
            throw notStarted;
        }
        return true;
    }

    /** Gives a claim back when the rule change that made it did not commit. */
    public void release() {
        status.updateAndGet(current -> current.running() && current.done() == 0 ? RecomputationStatus.idle() : current);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            long done;
            while ((done = batch.next(BATCH_SIZE)) != RecomputationBatch.FINISHED) {
                var doneNow = done;
                status.updateAndGet(current -> current.progressed(doneNow));
            }
            var finished = status.updateAndGet(current -> current.finished(clock.instant()));
            LOG.info(() -> "Re-computed the bars of %d profiles from the ledger".formatted(finished.total()));
        } catch (RuntimeException failure) {
            var stopped = status.updateAndGet(current -> current.stopped(clock.instant()));
            LOG.log(Level.SEVERE, failure, () -> "Re-computing the bars stopped after %d of %d profiles; it resumes there"
                    .formatted(stopped.done(), stopped.total()));
            try {
                batch.recordFailure(String.valueOf(failure));
            } catch (RuntimeException notRecorded) {
                LOG.log(Level.WARNING, "Could not record the failure of the re-computation", notRecorded);
            }
        } finally {
            // whatever stopped it (an Error too), this server must not show it running for ever
            status.updateAndGet(current -> current.running() ? current.stopped(clock.instant()) : current);
            changes.fire(BarChanged.everyone());
        }
    }
}
