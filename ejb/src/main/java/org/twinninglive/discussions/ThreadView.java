package org.twinninglive.discussions;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.twinninglive.platform.Page;

/**
 * A thread as its reader sees it: its summary, a page of its posts (the first first), whether
 * the reader follows it, and what they may do in it now ({@code actions}; REPLY only while it
 * is not locked).
 */
public record ThreadView(ThreadSummary thread, String ownerKind, String ownerId, Page<PostView> posts,
                         boolean following, Set<DiscussionAction> actions) implements Serializable {
}
