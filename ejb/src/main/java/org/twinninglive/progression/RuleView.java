package org.twinninglive.progression;

/** A rule as pages and the API show it. */
public record RuleView(String category, String area, int points, int cap, int maxPoints) {

    static RuleView of(ProgressionRule rule) {
        return new RuleView(rule.category(), rule.area().name(), rule.points(), rule.cap(), rule.maxPoints());
    }
}
