/**
 * Discussions: one mechanism for threads and replies (DESIGN.md), used by TwinSpace forums and,
 * later, event forums, groups and collaboration forums. A thread belongs to an owner ({@link
 * org.twinninglive.discussions.DiscussionOwner}: its kind and id), which decides who may read,
 * open threads, reply and moderate; the thread's own rules (locked, removed posts) are
 * {@link org.twinninglive.discussions.DiscussionThread}'s. Followers hear of new replies.
 */
package org.twinninglive.discussions;
