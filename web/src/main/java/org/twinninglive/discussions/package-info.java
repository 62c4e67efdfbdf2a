/**
 * Discussions on pages (DESIGN.md): one include, WEB-INF/includes/discussion.xhtml, and its view,
 * for the threads and replies of any owner (an event's forum), shown on the owner's own page.
 */
package org.twinninglive.discussions;
