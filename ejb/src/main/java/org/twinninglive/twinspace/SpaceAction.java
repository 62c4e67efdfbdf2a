package org.twinninglive.twinspace;

/**
 * What can be done in a TwinSpace, each decided by {@link SpaceAccess}: the public part (the
 * project's title, description and cover) for everyone; the rest for the project's members, its
 * guests (teachers of a member's school who read and reply) and its pupils (T2).
 */
public enum SpaceAction {
    /** The space's title, description, cover and blog: whoever may see the project. */
    READ_PUBLIC,
    /** The Twinboard, the pages and their history, the forum, the pupil wall: members, guests and pupils. */
    READ,
    /** Write a page, or a new version of one: members and pupil-administrators, not while archived. */
    EDIT_PAGES,
    /** Open a thread of the space's forum: members and pupil-administrators, not while archived. */
    OPEN_THREAD,
    /** Reply in a thread of the forum: members, guests and pupils, not while archived. */
    REPLY,
    /** Pin and lock the forum's threads, remove a post with a reason, hide a wall post: members, not while archived. */
    MODERATE,
    /** Publish a post on the space's public blog: members, not while archived. */
    PUBLISH,
    /** Post on the pupil wall: members and pupils, not while archived. */
    POST_ON_WALL,
    /** Make, reset and remove the space's pupil logins, set how long they last after a close: members. */
    MANAGE_PUPILS,
    /** Invite teachers of one's school as guests of the space, and remove them: members (no new guest once archived). */
    MANAGE_GUESTS,
    /** Make folders and albums of materials, add files to them and remove them: members, not while archived. */
    SHARE_MATERIALS
}
