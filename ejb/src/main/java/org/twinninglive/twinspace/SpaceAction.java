package org.twinninglive.twinspace;

/**
 * What can be done in a TwinSpace, each decided by {@link SpaceAccess}: the public part (the
 * project's title, description and cover) for everyone; the rest for the project's members and
 * its pupils (T2).
 */
public enum SpaceAction {
    /** The space's title, description, cover and blog: whoever may see the project. */
    READ_PUBLIC,
    /** The Twinboard, the pages and their history, the forum, the pupil wall: members and pupils. */
    READ,
    /** Write a page, or a new version of one: members and pupil-administrators, not while archived. */
    EDIT_PAGES,
    /** Open a thread of the space's forum: members and pupil-administrators, not while archived. */
    OPEN_THREAD,
    /** Reply in a thread of the forum: members and pupils, not while archived. */
    REPLY,
    /** Pin and lock the forum's threads, remove a post with a reason, hide a wall post: members, not while archived. */
    MODERATE,
    /** Publish a post on the space's public blog: members, not while archived. */
    PUBLISH,
    /** Post on the pupil wall: members and pupils, not while archived. */
    POST_ON_WALL,
    /** Make, reset and remove the space's pupil logins, set how long they last after a close: members. */
    MANAGE_PUPILS
}
