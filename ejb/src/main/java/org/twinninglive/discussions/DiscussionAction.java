package org.twinninglive.discussions;

/** What can be done in an owner's discussions; the owner says who may ({@link DiscussionOwner}). */
public enum DiscussionAction {
    /** Read the threads and their posts, follow a thread. */
    READ,
    /** Open a thread. */
    OPEN_THREAD,
    /** Reply in a thread that is not locked. */
    REPLY,
    /** Pin and lock threads, remove posts with a reason (kept for the record). */
    MODERATE
}
