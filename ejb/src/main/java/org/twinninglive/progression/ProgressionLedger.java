package org.twinninglive.progression;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Credits what users did. Runs inside the transaction of the action that fired the event: the
 * ledger row and the bar move with it or not at all. A category the rule table does not know
 * is logged and ignored, never a reason to fail the user's action.
 */
@ApplicationScoped
public class ProgressionLedger {

    private static final Logger LOG = Logger.getLogger(ProgressionLedger.class.getName());

    @Inject
    ProgressionRepository repository;

    @Inject
    Event<BarChanged> changes;

    @Inject
    Clock clock;

    /**
     * Observes before every other observer of the action ({@code APPLICATION} comes before their
     * default priority): rows that others insert with a key to the profile take a share lock on
     * it, and taking that before this row lock would deadlock two concurrent actions.
     */
    void record(@Observes @Priority(Interceptor.Priority.APPLICATION) ParticipationRecorded action) {
        // lock first: the rule is then read after any re-computation holding this profile has committed
        if (!repository.lockProfile(action.profileId())) {
            LOG.warning(() -> "Progression ignores an action of unknown profile " + action.profileId());
            return;
        }
        var rule = repository.rule(action.category());
        if (rule.isEmpty()) {
            LOG.warning(() -> "Progression ignores unknown category '%s' (profile %s, reference %s)"
                    .formatted(action.category(), action.profileId(), action.reference()));
            return;
        }
        if (repository.credited(action.profileId(), action.category(), action.reference())) {
            return;
        }
        long before = repository.actions(action.profileId(), action.category());
        repository.add(new LedgerEntry(action.profileId(), action.category(), action.reference(), clock.instant()));
        int earned = rule.get().pointsFor(before + 1) - rule.get().pointsFor(before);
        if (earned > 0) {
            var area = rule.get().area();
            repository.barRow(action.profileId(), area).ifPresentOrElse(
                    row -> row.add(earned),
                    () -> repository.add(new AreaPoints(action.profileId(), area, earned)));
        }
        changes.fire(new BarChanged(action.profileId()));
        LOG.fine(() -> "Credited %s/%s to %s: +%d".formatted(action.category(), action.reference(), action.profileId(), earned));
    }

    /**
     * Credits a batch told at once (a pass over existing rows) exactly as {@link #record} credits
     * each action, in a bounded number of queries whatever the batch's size: the profiles are
     * locked together, in id order, before the rules are read; the ledger's references and counts
     * are read per category, and the bars of the whole batch in one query.
     */
    void recordAll(@Observes @Priority(Interceptor.Priority.APPLICATION) ParticipationsRecorded batch) {
        if (batch.actions().isEmpty()) {
            return;
        }
        Set<String> known = repository.lockExistingProfiles(
                batch.actions().stream().map(ParticipationRecorded::profileId).collect(Collectors.toSet()));
        Map<String, ProgressionRule> rules = repository.rules().stream()
                .collect(Collectors.toMap(ProgressionRule::category, rule -> rule));
        var now = clock.instant();
        var earned = new HashMap<String, Map<Area, Integer>>();
        var credited = new TreeSet<String>();
        var byCategory = batch.actions().stream().collect(
                Collectors.groupingBy(ParticipationRecorded::category, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach((category, actions) -> {
            var rule = rules.get(category);
            if (rule == null) {
                LOG.warning(() -> "Progression ignores %d actions of unknown category '%s'"
                        .formatted(actions.size(), category));
                return;
            }
            Set<String> profiles = actions.stream().map(ParticipationRecorded::profileId)
                    .collect(Collectors.toCollection(HashSet::new));
            if (profiles.retainAll(known)) {
                LOG.warning(() -> "Progression ignores actions of unknown profiles (category '%s')"
                        .formatted(category));
            }
            if (profiles.isEmpty()) {
                return;
            }
            var references = repository.creditedReferences(category, profiles);
            var counts = repository.actionCounts(category, profiles);
            for (var action : actions) {
                String profileId = action.profileId();
                if (!profiles.contains(profileId)
                        || !references.computeIfAbsent(profileId, id -> new HashSet<>()).add(action.reference())) {
                    continue;
                }
                long before = counts.merge(profileId, 1L, Long::sum) - 1;
                repository.add(new LedgerEntry(profileId, category, action.reference(), now));
                credited.add(profileId);
                int points = rule.pointsFor(before + 1) - rule.pointsFor(before);
                if (points > 0) {
                    earned.computeIfAbsent(profileId, id -> new EnumMap<>(Area.class))
                            .merge(rule.area(), points, Integer::sum);
                }
            }
        });
        if (!earned.isEmpty()) {
            var rows = new HashMap<String, Map<Area, AreaPoints>>();
            repository.barRowsOf(earned.keySet()).forEach(row ->
                    rows.computeIfAbsent(row.profileId(), id -> new EnumMap<>(Area.class)).put(row.area(), row));
            earned.forEach((profileId, areas) -> areas.forEach((area, points) -> {
                var row = rows.getOrDefault(profileId, Map.of()).get(area);
                if (row == null) {
                    repository.add(new AreaPoints(profileId, area, points));
                } else {
                    row.add(points);
                }
            }));
        }
        credited.forEach(profileId -> changes.fire(new BarChanged(profileId)));
        LOG.fine(() -> "Credited a batch of %d actions: %d profiles had something new"
                .formatted(batch.actions().size(), credited.size()));
    }
}
