/**
 * Progression (S1-S6): what users did, as an action ledger fed by every feature through the
 * {@link org.twinninglive.progression.ParticipationRecorded} event in the same transaction (a
 * pass over existing rows tells many at once with
 * {@link org.twinninglive.progression.ParticipationsRecorded});
 * rules (points and caps per action category) as data the Central Support Service edits; and
 * each user's bar per area, kept in step with the ledger, re-computable from it, read through
 * an Infinispan cache.
 */
package org.twinninglive.progression;
