package org.twinninglive.progression;

/** The rule table changed; the bars follow once the change has committed. */
record RulesChanged() {
}
