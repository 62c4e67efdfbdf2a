package org.twinninglive.progression;

/** A new value of one rule, as the Central Support Service sets it. */
public record RuleChange(String category, int points, int cap) {
}
