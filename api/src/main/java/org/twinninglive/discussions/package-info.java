/**
 * Discussions through the API (DESIGN.md "discussions"): the one way every forum's doors read their
 * bodies, page, ask the shared discussions for a given owner and answer. Each owner's resource
 * (a TwinSpace's forum and teachers' bulletin, an event's forum) keeps its own addresses and
 * documents them; what a caller may do stays each owner's Access rule.
 */
package org.twinninglive.discussions;
