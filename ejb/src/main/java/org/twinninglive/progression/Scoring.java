package org.twinninglive.progression;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The arithmetic of progression, in one place: an area's points are, over its categories,
 * the actions that count (at most the cap) times the points per action.
 */
final class Scoring {

    private Scoring() {
    }

    /** Points per area from the number of actions per category in the ledger. */
    static Map<Area, Integer> pointsByArea(Map<String, Long> actionsByCategory, Collection<ProgressionRule> rules) {
        var points = new EnumMap<Area, Integer>(Area.class);
        for (var rule : rules) {
            long actions = actionsByCategory.getOrDefault(rule.category(), 0L);
            points.merge(rule.area(), rule.pointsFor(actions), Integer::sum);
        }
        return points;
    }

    /** The bar, every area present, from the points per area and the rules' maxima. */
    static ProgressionBar bar(String profileId, Map<Area, Integer> pointsByArea, Collection<ProgressionRule> rules) {
        var max = new EnumMap<Area, Integer>(Area.class);
        rules.forEach(rule -> max.merge(rule.area(), rule.maxPoints(), Integer::sum));
        return new ProgressionBar(profileId, Arrays.stream(Area.values())
                .map(area -> new AreaScore(area, pointsByArea.getOrDefault(area, 0), max.getOrDefault(area, 0)))
                .toList());
    }
}
