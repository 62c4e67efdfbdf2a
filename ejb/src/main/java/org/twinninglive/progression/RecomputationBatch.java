package org.twinninglive.progression;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Re-computes the bars of one batch of users from the ledger, in a transaction of its own so
 * that a long re-computation neither holds one huge transaction nor loses a concurrent credit
 * (the batch's profiles are locked while their bars are rewritten).
 */
@Stateless
@PermitAll
public class RecomputationBatch {

    @Inject
    ProgressionRepository repository;

    @Inject
    jakarta.enterprise.event.Event<BarChanged> changes;

    /** @return the last profile id of the batch, or null when there was nothing after {@code afterId} */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String recomputeAfter(String afterId, int size) {
        List<String> ids = repository.profileIdsAfter(afterId, size);
        if (ids.isEmpty()) {
            return null;
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
        return ids.get(ids.size() - 1);
    }
}
