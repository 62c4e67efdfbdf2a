package org.twinninglive.twinspace;

/**
 * What can be done in a TwinSpace, each decided by {@link SpaceAccess}: the public part (the
 * project's title, description and cover) for everyone; the rest for the project's members.
 */
public enum SpaceAction {
    /** The space's title, description, cover and blog: whoever may see the project. */
    READ_PUBLIC,
    /** The Twinboard, the pages and their history. */
    READ,
    /** Write a page, or a new version of one: not while the space is archived. */
    EDIT_PAGES,
    /** Open a thread of the space's forum, reply in one: not while archived. */
    DISCUSS,
    /** Pin and lock the forum's threads, remove a post with a reason: not while archived. */
    MODERATE,
    /** Publish a post on the space's public blog: not while archived. */
    PUBLISH
}
