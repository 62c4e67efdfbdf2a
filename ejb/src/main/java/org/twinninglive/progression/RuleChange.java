package org.twinninglive.progression;

/** A new value of one rule, as the Central Support Service sets it; absent values are refused, never taken as 0. */
public record RuleChange(String category, Integer points, Integer cap) {
}
