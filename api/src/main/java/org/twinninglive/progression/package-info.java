/** Progression in the API: bars of people, the rule table, and its re-computation. */
package org.twinninglive.progression;
