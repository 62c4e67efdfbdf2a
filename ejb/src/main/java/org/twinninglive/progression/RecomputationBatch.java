package org.twinninglive.progression;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Re-computes the bars of one batch of users from the ledger, in a transaction of its own so
 * that a long re-computation neither holds one huge transaction nor loses a concurrent credit
 * (the batch's profiles are locked while their bars are rewritten). The batch moves the
 * re-computation's record forward in the same transaction: what committed is never redone,
 * what did not is redone on resume.
 */
@Stateless
@PermitAll
public class RecomputationBatch {

    /** What {@link #next} answers when no work is left. */
    static final long FINISHED = -1;

    @Inject
    ProgressionRepository repository;

    @Inject
    Event<BarChanged> changes;

    @Inject
    Clock clock;

    /** @return how many profiles have been re-computed so far, or {@link #FINISHED} */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long next(int size) {
        var record = repository.recomputationRecord();
        if (!record.pending()) {
            return FINISHED;
        }
        List<String> ids = repository.profileIdsAfter(record.resumeAfter(), size);
        if (ids.isEmpty()) {
            record.finish();
            return FINISHED;
        }
        repository.lockProfiles(ids);
        var rules = repository.rules();
        var actions = repository.actionsByProfile(ids);
        repository.deleteBars(ids);
        for (String id : ids) {
            Scoring.pointsByArea(actions.getOrDefault(id, Map.of()), rules).forEach((area, points) -> {
                if (points > 0) {
                    repository.add(new AreaPoints(id, area, points));
                }
            });
            changes.fire(new BarChanged(id));
        }
        record.advance(ids.get(ids.size() - 1), ids.size());
        return record.done();
    }

    /** Keeps why a re-computation stopped, for the operators; the work stays pending. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String reason) {
        repository.recomputationRecord().fail(clock.instant(), reason);
    }

    /** How many profiles a pending re-computation has done, or {@link #FINISHED} when none is pending. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long pending() {
        var record = repository.recomputationRecord();
        return record.pending() ? record.done() : FINISHED;
    }
}
