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
import java.util.List;
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
    Event<MilestoneReached> milestones;

    @Inject
    Clock clock;

    /**
     * Observes before every other observer of the action ({@code APPLICATION} comes before their
     * default priority): rows that others insert with a key to the profile take a share lock on
     * it, and taking that before this row lock would deadlock two concurrent actions.
     */
    void record(@Observes @Priority(Interceptor.Priority.APPLICATION) ParticipationRecorded action) {
        credit(List.of(action));
    }

    /** A batch told at once (a pass over existing rows): credited exactly as its actions one by one. */
    void recordAll(@Observes @Priority(Interceptor.Priority.APPLICATION) ParticipationsRecorded batch) {
        credit(batch.actions());
    }

    /**
     * The one way actions are credited, alone or in a batch, in a bounded number of queries
     * whatever the batch's size. The profiles are locked first, in id order, so credits of one
     * user are applied one at a time (caps hold) and each rule is read after any re-computation
     * holding them has committed; then, per category, the references already credited and the
     * counts, and the bars of the whole batch in one query. A category the rule table does not
     * know, or a profile that does not exist, is logged and ignored.
     */
    private void credit(List<ParticipationRecorded> actions) {
        if (actions.isEmpty()) {
            return;
        }
        Set<String> known = repository.lockExistingProfiles(
                actions.stream().map(ParticipationRecorded::profileId).collect(Collectors.toSet()));
        var now = clock.instant();
        var earned = new HashMap<String, Map<Area, Integer>>();
        var credited = new TreeSet<String>();
        var byCategory = actions.stream().collect(
                Collectors.groupingBy(ParticipationRecorded::category, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach((category, ofCategory) -> {
            var rule = repository.rule(category);
            if (rule.isEmpty()) {
                LOG.warning(() -> "Progression ignores %d actions of unknown category '%s'"
                        .formatted(ofCategory.size(), category));
                return;
            }
            Set<String> profiles = ofCategory.stream().map(ParticipationRecorded::profileId)
                    .collect(Collectors.toCollection(HashSet::new));
            if (profiles.retainAll(known)) {
                LOG.warning(() -> "Progression ignores actions of unknown profiles (category '%s')".formatted(category));
            }
            if (profiles.isEmpty()) {
                return;
            }
            var references = repository.creditedReferences(category, profiles);
            var counts = repository.actionCounts(category, profiles);
            for (var action : ofCategory) {
                String profileId = action.profileId();
                if (!profiles.contains(profileId)
                        || !references.computeIfAbsent(profileId, id -> new HashSet<>()).add(action.reference())) {
                    continue;
                }
                long before = counts.merge(profileId, 1L, Long::sum) - 1;
                repository.add(new LedgerEntry(profileId, category, action.reference(), now));
                credited.add(profileId);
                int points = rule.get().pointsFor(before + 1) - rule.get().pointsFor(before);
                if (points > 0) {
                    earned.computeIfAbsent(profileId, id -> new EnumMap<>(Area.class))
                            .merge(rule.get().area(), points, Integer::sum);
                }
            }
        });
        if (!earned.isEmpty()) {
            var rows = new HashMap<String, Map<Area, AreaPoints>>();
            repository.barRowsOf(earned.keySet()).forEach(row ->
                    rows.computeIfAbsent(row.profileId(), id -> new EnumMap<>(Area.class)).put(row.area(), row));
            var rules = repository.rules();
            earned.forEach((profileId, areas) -> {
                var before = new EnumMap<Area, Integer>(Area.class);
                rows.getOrDefault(profileId, Map.of()).forEach((area, row) -> before.put(area, row.points()));
                var after = new EnumMap<Area, Integer>(before);
                areas.forEach((area, points) -> {
                    after.merge(area, points, Integer::sum);
                    var row = rows.getOrDefault(profileId, Map.of()).get(area);
                    if (row == null) {
                        repository.add(new AreaPoints(profileId, area, points));
                    } else {
                        row.add(points);
                    }
                });
                int milestone = MilestoneReached.crossed(Scoring.bar(profileId, before, rules).percent(),
                        Scoring.bar(profileId, after, rules).percent());
                if (milestone > 0) {
                    milestones.fire(new MilestoneReached(profileId, milestone));
                }
            });
        }
        credited.forEach(profileId -> changes.fire(new BarChanged(profileId)));
        LOG.fine(() -> "Credited %d actions: %d profiles had something new".formatted(actions.size(), credited.size()));
    }
}
